-- one row: what the warehouse holds now, for the dashboard's header and its "no data yet" page
WITH fact_unit AS (
    SELECT unit_code FROM v_indicator_value
    UNION
    SELECT unit_code FROM v_target_evaluation
    UNION
    SELECT unit_code FROM v_org_count
),
active AS (
    SELECT is_sample FROM v_submission WHERE status = 'active'
)
SELECT
    (SELECT count(*) FROM v_load WHERE status = 'loaded')       AS Files,
    (SELECT count(*) FROM v_load WHERE status = 'rejected')     AS RejectedFiles,
    (SELECT count(*) FROM v_indicator_value)                    AS IndicatorFacts,
    (SELECT count(*) FROM v_target_evaluation)                  AS TargetFacts,
    (SELECT count(*) FROM v_org_count)                          AS OrgCountFacts,
    (SELECT count(*) FROM fact_unit)                            AS Units,
    (SELECT min(year) FROM v_indicator_value)                   AS FirstYear,
    (SELECT max(year) FROM v_indicator_value)                   AS LastYear,
    (SELECT coalesce(bool_or(is_sample), false) FROM active)    AS HasSample,
    (SELECT coalesce(bool_or(NOT is_sample), false) FROM active) AS HasOfficial,
    (SELECT max(loaded_at) FROM v_load)                         AS LastLoadedAt;
