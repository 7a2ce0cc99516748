-- one row per programme and unit that judged any of its targets: how many Đạt, Không đạt, and left unjudged,
-- out of the programme's targets in the catalogue. The province first, then by code.
WITH programme_size AS (
    SELECT programme, count(*) AS targets FROM dim_target GROUP BY programme
)
SELECT
    e.programme                               AS Programme,
    e.unit_code                               AS UnitCode,
    coalesce(any_value(u.unit_name), e.unit_code) AS UnitName,
    count(*) FILTER (WHERE e.achieved)        AS Achieved,
    count(*) FILTER (WHERE NOT e.achieved)    AS Missed,
    any_value(p.targets) - count(*)           AS NotEvaluated,
    any_value(p.targets)                      AS TotalTargets,
    bool_or(e.is_sample)                      AS IsSample
FROM v_target_evaluation e
JOIN programme_size p ON p.programme = e.programme
LEFT JOIN dim_unit u ON u.unit_code = e.unit_code
GROUP BY e.programme, e.unit_code
ORDER BY e.programme, any_value(u.level) <> 'province', e.unit_code;
