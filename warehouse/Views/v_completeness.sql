-- one row per unit (province and district-level), indicator appendix and year 2015–2020: did any active value arrive?
CREATE OR REPLACE VIEW v_completeness AS
WITH expected AS (
    SELECT u.unit_code, u.unit_name, ap.appendix_code, y.year
    FROM dim_unit u
    CROSS JOIN dim_appendix ap
    CROSS JOIN (SELECT CAST(range AS INTEGER) AS year FROM range(2015, 2021)) y
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
