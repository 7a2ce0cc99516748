-- one row per unit (province and district-level), indicator appendix and year the report asks for (the catalogue's
-- reporting period, 2015–2020; without one, the years the facts hold): did any active value arrive?
CREATE OR REPLACE VIEW v_completeness AS
WITH years AS (
    SELECT CAST(unnest(range(b.first_year, b.last_year + 1)) AS INTEGER) AS year
    FROM (
        SELECT coalesce(rp.first_year, f.first_year) AS first_year, coalesce(rp.last_year, f.last_year) AS last_year
        FROM (SELECT min(year) AS first_year, max(year) AS last_year FROM fact_indicator_value) f
        LEFT JOIN (SELECT * FROM dim_reporting_period LIMIT 1) rp ON true
    ) b
    WHERE b.first_year IS NOT NULL
),
expected AS (
    SELECT u.unit_code, u.unit_name, ap.appendix_code, y.year
    FROM dim_unit u
    CROSS JOIN dim_appendix ap
    CROSS JOIN years y
    WHERE u.level IN ('province', 'district') AND ap.kind = 'indicator'
),
arrived AS (
    SELECT f.unit_code, s.appendix_code, f.year,
           count(*)                             AS facts,
           count(*) FILTER (WHERE s.is_sample)  AS sample_facts
    FROM fact_indicator_value f
    JOIN load_submission s ON s.submission_id = f.submission_id
    GROUP BY ALL
)
SELECT
    e.unit_code,
    e.unit_name,
    e.appendix_code                AS appendix,
    e.year,
    coalesce(a.facts, 0) > 0       AS reported,
    coalesce(a.facts, 0)           AS facts,
    coalesce(a.sample_facts, 0)    AS sample_facts
FROM expected e
LEFT JOIN arrived a
    ON a.unit_code = e.unit_code AND a.appendix_code = e.appendix_code AND a.year = e.year;
