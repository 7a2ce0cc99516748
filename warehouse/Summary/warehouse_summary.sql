-- one row: what the warehouse holds now, for the ETL to print after a run
WITH active_fact AS (
    SELECT submission_id, unit_code FROM fact_indicator_value
    UNION ALL
    SELECT submission_id, unit_code FROM fact_target_evaluation
    UNION ALL
    SELECT submission_id, unit_code FROM fact_org_count
)
SELECT
    (SELECT count(*) FROM load_file WHERE status = 'loaded')            AS FilesLoaded,
    (SELECT count(*) FROM load_file WHERE status = 'rejected')          AS FilesRejected,
    (SELECT count(*) FROM submission_status WHERE status = 'active')     AS ActiveSubmissions,
    (SELECT count(*) FROM submission_status WHERE status = 'superseded') AS SupersededSubmissions,
    (SELECT count(*) FROM fact_indicator_value)                         AS IndicatorFacts,
    (SELECT count(*) FROM fact_target_evaluation)                       AS TargetFacts,
    (SELECT count(*) FROM fact_org_count)                               AS OrgCountFacts,
    (SELECT count(*) FROM load_reject)                                  AS Rejects,
    (SELECT count(DISTINCT unit_code) FROM active_fact)                 AS Units,
    (SELECT count(DISTINCT s.appendix_code)
       FROM active_fact f JOIN load_submission s ON s.submission_id = f.submission_id) AS Appendices,
    (SELECT count(DISTINCT year) FROM fact_indicator_value)             AS Years,
    (SELECT min(year) FROM fact_indicator_value)                        AS FirstYear,
    (SELECT max(year) FROM fact_indicator_value)                        AS LastYear;
