-- one row per target of both programmes, judged or not, with how many units judged it
WITH judged AS (
    SELECT target_code, count(*) AS n FROM v_target_evaluation GROUP BY target_code
)
SELECT
    t.target_code     AS Code,
    t.programme       AS Programme,
    t.appendix_code   AS Appendix,
    t.target_no       AS TargetNo,
    t.target_text     AS Text,
    t.area_code       AS AreaCode,
    a.area_name       AS AreaName,
    coalesce(j.n, 0)  AS Evaluations
FROM dim_target t
LEFT JOIN dim_area a ON a.area_code = t.area_code
LEFT JOIN judged j ON j.target_code = t.target_code
ORDER BY t.programme, t.target_no, t.target_code;
