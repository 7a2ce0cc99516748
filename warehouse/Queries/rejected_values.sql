-- rejected values in force (v_rejected_value), one per unit, indicator and year (the newest load's reason).
-- $units: VARCHAR[] of codes, NULL = all.
SELECT DISTINCT ON (unit_code, indicator_code, year)
    unit_code      AS UnitCode,
    indicator_code AS IndicatorCode,
    year           AS Year,
    source_file    AS SourceFile,
    source_sheet   AS SourceSheet,
    source_cell    AS SourceCell,
    reason         AS Reason
FROM v_rejected_value
WHERE ($units IS NULL OR unit_code IN (SELECT unnest($units)))
ORDER BY unit_code, indicator_code, year, loaded_at DESC;
