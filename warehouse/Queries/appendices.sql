-- one row per appendix (phụ lục), by number
SELECT
    appendix_code AS Code,
    number        AS Number,
    title         AS Title,
    kind          AS Kind,
    programme     AS Programme,
    area_code     AS AreaCode
FROM dim_appendix
ORDER BY number, appendix_code;
