-- one row per unit and appendix it is asked for: has an active submission arrived, in how many files, dated when.
-- Every unit is asked for Phụ lục 1–8; Phụ lục IX (2011–2025) is the province's own report, not the districts'
-- (missing_appendices.sql applies the same rule). The province first, then by code; appendices by number.
WITH expected AS (
    SELECT u.unit_code, u.unit_name, u.level, ap.appendix_code, ap.number, ap.title
    FROM dim_unit u
    CROSS JOIN dim_appendix ap
    WHERE ap.appendix_code <> 'PL9' OR u.level = 'province'
),
received AS (
    SELECT unit_code, appendix,
           count(DISTINCT source_file) AS files,
           max(report_date)            AS latest_report_date,
           bool_and(is_sample)         AS all_sample
    FROM v_submission
    WHERE status = 'active'
    GROUP BY unit_code, appendix
)
SELECT
    e.unit_code                    AS UnitCode,
    e.unit_name                    AS UnitName,
    e.appendix_code                AS Appendix,
    e.title                        AS AppendixTitle,
    r.files IS NOT NULL            AS Reported,
    coalesce(r.files, 0)           AS Files,
    r.latest_report_date           AS LatestReportDate,
    coalesce(r.all_sample, false)  AS IsSample
FROM expected e
LEFT JOIN received r ON r.unit_code = e.unit_code AND r.appendix = e.appendix_code
ORDER BY e.level <> 'province', e.unit_code, e.number;
