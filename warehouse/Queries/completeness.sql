-- one row per unit, indicator appendix and year in [$fromYear, $toYear]: did any value arrive (v_completeness).
-- The province first, then by code; appendices by number; years ascending.
SELECT
    c.unit_code    AS UnitCode,
    c.unit_name    AS UnitName,
    c.appendix     AS Appendix,
    c.year         AS Year,
    c.reported     AS Reported,
    c.facts        AS Facts,
    c.sample_facts AS SampleFacts
FROM v_completeness c
LEFT JOIN dim_unit u ON u.unit_code = c.unit_code
LEFT JOIN dim_appendix ap ON ap.appendix_code = c.appendix
WHERE c.year BETWEEN $fromYear AND $toYear
ORDER BY u.level <> 'province', c.unit_code, ap.number, c.year;
