-- one row per appendix $unitCode is asked for but has sent no active submission of, by number.
-- Every unit is asked for Phụ lục 1–8; Phụ lục IX (2011–2025) only the province (as in reporting.sql).
SELECT
    ap.appendix_code AS Code,
    ap.number        AS Number,
    ap.title         AS Title,
    ap.kind          AS Kind,
    ap.programme     AS Programme,
    ap.area_code     AS AreaCode
FROM dim_appendix ap
JOIN dim_unit u ON u.unit_code = $unitCode
WHERE (ap.appendix_code <> 'PL9' OR u.level = 'province')
  AND NOT EXISTS (
      SELECT 1 FROM v_submission s
      WHERE s.status = 'active' AND s.unit_code = u.unit_code AND s.appendix = ap.appendix_code
  )
ORDER BY ap.number, ap.appendix_code;
