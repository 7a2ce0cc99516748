-- one row per indicator that carries values (heading rows, 'group', left out), as the appendices print them,
-- with how many values it holds now so the dashboard can hide empty ones
-- Counted in the fact table: each of its rows is one row of v_indicator_value (see status.sql), without the joins.
WITH value_count AS (
    SELECT indicator_code, count(*) AS n FROM fact_indicator_value GROUP BY indicator_code
)
SELECT
    i.indicator_code                  AS Code,
    i.appendix_code                   AS Appendix,
    coalesce(ap.title, i.appendix_code) AS AppendixTitle,
    coalesce(i.stt, '')               AS Stt,
    i.label                           AS Label,
    i.parent_code                     AS ParentCode,
    p.label                           AS ParentLabel,
    i.area_code                       AS AreaCode,
    coalesce(a.area_name, i.area_code) AS AreaName,
    i.unit_of_measure                 AS UnitOfMeasure,
    i.applies_to                      AS AppliesTo,
    i.sort_order                      AS SortOrder,
    coalesce(c.n, 0)                  AS ValueCount
FROM dim_indicator i
LEFT JOIN dim_appendix ap ON ap.appendix_code = i.appendix_code
LEFT JOIN dim_indicator p ON p.indicator_code = i.parent_code
LEFT JOIN dim_area a ON a.area_code = i.area_code
LEFT JOIN value_count c ON c.indicator_code = i.indicator_code
WHERE i.unit_of_measure <> 'group'
ORDER BY ap.number, i.sort_order, i.indicator_code;
