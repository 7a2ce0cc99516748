-- v_rule_violation within the slicers: errors before warnings, then unit (the province first), year and the rule's order.
-- $units: VARCHAR[] of codes, NULL = all. $includePartial = false leaves out the 2020 column "tính đến 31/3".
SELECT
    v.rule_code                        AS RuleCode,
    v.rule_kind                        AS RuleKind,
    v.importance                       AS Importance,
    v.description                      AS Description,
    v.unit_code                        AS UnitCode,
    coalesce(v.unit_name, v.unit_code) AS UnitName,
    v.year                             AS Year,
    v.indicator_code                   AS IndicatorCode,
    coalesce(v.indicator_name, v.indicator_code) AS IndicatorName,
    v.value                            AS Value,
    v.compared_value                   AS ComparedValue,
    v.limit_value                      AS LimitValue,
    v.source_file                      AS SourceFile,
    v.source_sheet                     AS SourceSheet,
    v.source_cell                      AS SourceCell,
    v.compared_source                  AS ComparedSource,
    v.instruction                      AS Instruction,
    v.is_sample                        AS IsSample,
    v.is_partial_year                  AS IsPartialYear,
    i.unit_of_measure                  AS UnitOfMeasure
FROM v_rule_violation v
LEFT JOIN dim_unit u ON u.unit_code = v.unit_code
LEFT JOIN dim_indicator i ON i.indicator_code = v.indicator_code
WHERE ($units IS NULL OR v.unit_code IN (SELECT unnest($units)))
  AND v.year BETWEEN $fromYear AND $toYear
  AND ($includePartial OR NOT v.is_partial_year)
ORDER BY v.importance = 'warning', u.level <> 'province', v.unit_code, v.year, v.rule_sort_order, v.indicator_code;
