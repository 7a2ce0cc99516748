-- one row per unit, Phụ lục 4 measure and period (v_org_count). $units: VARCHAR[] of codes, NULL = all.
-- The province first, then by code; measures as the appendix prints them; periods in order.
SELECT
    o.unit_code                          AS UnitCode,
    coalesce(o.unit_name, o.unit_code)   AS UnitName,
    o.section                            AS Section,
    o.section_title                      AS SectionTitle,
    o.measure_code                       AS MeasureCode,
    coalesce(o.measure_name, o.measure_code) AS MeasureName,
    o.sector                             AS Sector,
    o.owner_level                        AS OwnerLevel,
    o.period                             AS Period,
    o.value                              AS Value,
    o.source_file                        AS SourceFile,
    o.source_sheet                       AS SourceSheet,
    o.source_cell                        AS SourceCell,
    o.is_sample                          AS IsSample
FROM v_org_count o
LEFT JOIN dim_unit u ON u.unit_code = o.unit_code
LEFT JOIN dim_org_measure m ON m.measure_code = o.measure_code
WHERE $units IS NULL OR o.unit_code IN (SELECT unnest($units)) -- a semi-join: see values.sql
ORDER BY u.level <> 'province', o.unit_code, m.sort_order, o.measure_code, o.period;
