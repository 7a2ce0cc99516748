-- one row: what the warehouse holds now, for the dashboard's header and its "no data yet" page
-- From the tables, not the v_* views: every fact row belongs to an active submission of a loaded file (the views'
-- inner joins always match), so the counts are the same, and the views' name lookups would cost seconds at
-- millions of values for figures that need none of them. One-row derived tables joined, not scalar subqueries:
-- DuckDB plans eleven of those as joins of their own (36 ms for a province, against 1–2 ms this way).
SELECT
    f.files                           AS Files,
    f.rejected                        AS RejectedFiles,
    i.n                               AS IndicatorFacts,
    t.n                               AS TargetFacts,
    o.n                               AS OrgCountFacts,
    u.n                               AS Units,
    i.first_year                      AS FirstYear,
    i.last_year                       AS LastYear,
    coalesce(a.has_sample, false)     AS HasSample,
    coalesce(a.has_official, false)   AS HasOfficial,
    f.last_loaded_at                  AS LastLoadedAt,
    rv.n                              AS RejectedValues
FROM (
    SELECT count(*) FILTER (WHERE status = 'loaded')   AS files,
           count(*) FILTER (WHERE status = 'rejected') AS rejected,
           max(loaded_at)                              AS last_loaded_at
    FROM load_file
) f
CROSS JOIN (SELECT count(*) AS n, min(year) AS first_year, max(year) AS last_year FROM fact_indicator_value) i
CROSS JOIN (SELECT count(*) AS n FROM fact_target_evaluation) t
CROSS JOIN (SELECT count(*) AS n FROM fact_org_count) o
CROSS JOIN (
    SELECT count(DISTINCT unit_code) AS n FROM (
        SELECT unit_code FROM fact_indicator_value
        UNION ALL SELECT unit_code FROM fact_target_evaluation
        UNION ALL SELECT unit_code FROM fact_org_count
    )
) u
CROSS JOIN (
    SELECT bool_or(is_sample) AS has_sample, bool_or(NOT is_sample) AS has_official
    FROM load_submission JOIN submission_status st USING (submission_id) WHERE st.status = 'active'
) a
CROSS JOIN (SELECT count(*) AS n FROM v_rejected_value) rv;
