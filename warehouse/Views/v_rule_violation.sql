-- one row per validation rule broken by a unit's values in force for a year: the rule, the value at fault with its
-- cell, and what it was compared with. A value not reported is never a breach; nothing here stops a load.
-- The check is warehouse/Validation/validation_breach.sql, kept in rule_breach as loads change the values.
CREATE OR REPLACE VIEW v_rule_violation AS
SELECT
    b.rule_code,
    r.kind             AS rule_kind,
    r.importance,
    r.description,
    b.unit_code,
    u.unit_name,
    b.year,
    b.indicator_code,
    i.label            AS indicator_name,
    b.value,
    b.compared_value,
    b.limit_value,
    b.source_file,
    b.source_sheet,
    b.source_cell,
    b.compared_source,
    r.instruction,
    b.is_sample,
    b.is_partial_year,
    b.submission_id,
    r.sort_order       AS rule_sort_order
FROM rule_breach b
JOIN dim_validation_rule r ON r.rule_code = b.rule_code
LEFT JOIN dim_unit u ON u.unit_code = b.unit_code
LEFT JOIN dim_indicator i ON i.indicator_code = b.indicator_code;
