-- one row per active value (v_indicator_value) the province's consolidated appendices may draw on: the province's own
-- reports (answered by a department or by the UBND tỉnh) and the district-level units', with the unit's level and the
-- department that answered, so the consolidation can tell a department's figure from a sum of districts
SELECT
    v.unit_code                 AS UnitCode,
    u.level                     AS UnitLevel,
    v.reporting_department_code AS DepartmentCode,
    v.indicator_code            AS IndicatorCode,
    v.year                      AS Year,
    v.value                     AS Value,
    v.is_partial_year           AS IsPartialYear,
    v.source_file               AS SourceFile,
    v.source_sheet              AS SourceSheet,
    v.source_cell               AS SourceCell,
    v.is_sample                 AS IsSample
FROM v_indicator_value v
JOIN dim_unit u ON u.unit_code = v.unit_code
ORDER BY v.indicator_code, v.year, u.level DESC, v.unit_code, v.source_file, v.source_cell;
