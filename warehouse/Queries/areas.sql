-- one row per reform area (lĩnh vực cải cách), in the order the plan lists them
SELECT area_code AS Code, area_name AS Name, sort_order AS SortOrder
FROM dim_area
ORDER BY sort_order, area_code;
