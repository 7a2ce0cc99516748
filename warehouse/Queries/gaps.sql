-- one row per indicator and year a unit is asked to report (applies_to 'both' or its level) but has no value for,
-- in the appendices it has sent at all: an appendix never sent is one gap (missing_appendices.sql), not one per row.
-- UnitsReporting: units with a value for the row that year. 0 suggests the row was not in use yet: some rows of the
-- appendices were added later (values from 2018 on) and the catalogue does not say from when.
-- Facts and submissions from their tables: only codes and counts are needed, not the views' names (see status.sql).
WITH unit AS (
    SELECT unit_code, level FROM dim_unit WHERE unit_code = $unitCode
),
sent AS (
    SELECT DISTINCT appendix_code AS appendix FROM load_submission JOIN submission_status st USING (submission_id)
    WHERE st.status = 'active' AND load_submission.unit_code = $unitCode
),
expected AS (
    SELECT i.indicator_code, i.label, i.appendix_code, i.sort_order, ap.number, CAST(y.range AS INTEGER) AS year
    FROM dim_indicator i
    JOIN unit ON i.applies_to IN ('both', unit.level)
    JOIN sent ON sent.appendix = i.appendix_code
    LEFT JOIN dim_appendix ap ON ap.appendix_code = i.appendix_code
    CROSS JOIN range(CAST($fromYear AS BIGINT), CAST($toYear AS BIGINT) + 1) y
    WHERE i.unit_of_measure <> 'group'
)
SELECT
    e.indicator_code     AS IndicatorCode,
    e.label              AS Label,
    e.appendix_code      AS Appendix,
    e.year               AS Year,
    coalesce(r.units, 0) AS UnitsReporting
FROM expected e
LEFT JOIN (
    SELECT indicator_code, year, count(*) AS units FROM fact_indicator_value
    WHERE year BETWEEN $fromYear AND $toYear AND indicator_code IN (SELECT indicator_code FROM expected)
    GROUP BY indicator_code, year
) r ON r.indicator_code = e.indicator_code AND r.year = e.year
WHERE NOT EXISTS (
    SELECT 1 FROM fact_indicator_value v
    WHERE v.unit_code = $unitCode AND v.indicator_code = e.indicator_code AND v.year = e.year
)
ORDER BY e.number, e.sort_order, e.indicator_code, e.year;
