-- one row per reform area holding targets of $programme: how many verdicts on them were Đạt and Không đạt.
-- $unitCode: one unit's verdicts; NULL = every unit's verdicts counted. Areas with no verdict show zeros.
SELECT
    coalesce(t.area_code, '')              AS AreaCode,
    coalesce(a.area_name, t.area_code, '') AS AreaName,
    coalesce(a.sort_order, 2147483647)     AS SortOrder,
    count(e.unit_code) FILTER (WHERE e.achieved)     AS Achieved,
    count(e.unit_code) FILTER (WHERE NOT e.achieved) AS Missed,
    count(DISTINCT t.target_code)          AS Targets
FROM dim_target t
LEFT JOIN dim_area a ON a.area_code = t.area_code
LEFT JOIN v_target_evaluation e
    ON e.target_code = t.target_code
   AND ($unitCode IS NULL OR e.unit_code = $unitCode)
WHERE t.programme = $programme
GROUP BY t.area_code, a.area_name, a.sort_order
ORDER BY SortOrder, AreaCode;
