-- The validation rules (dim_validation_rule) checked against the values in force: one row per rule broken by a
-- unit's values for a year, with the value at fault, its cell and what it was compared with. A value not reported is
-- never a breach; nothing here stops a load. Reads v_indicator_value, so "in force" means what it means everywhere
-- else. Every rule compares values of one unit, so a load recomputes the units it touched only
-- (Loading/refresh_in_force.sql) and a new catalogue recomputes all (Catalogue/recheck_rules.sql), into rule_breach.
CREATE OR REPLACE VIEW validation_breach AS
WITH v AS (
    SELECT unit_code, indicator_code, year, value, is_partial_year, unit_of_measure, is_sample, submission_id,
           source_file, source_sheet, source_cell,
           source_file || ' › ' || source_sheet || ' › ' || source_cell AS source
    FROM v_indicator_value
),
side AS (  -- each indicator a rule names on its left: le's left side, the sub-rows, each indicator of range and jump
    SELECT rule_code, kind, right_code, min_value, max_value, bound, unnest(left_codes) AS left_code
    FROM dim_validation_rule
),
le AS (
    SELECT s.rule_code, l.unit_code, l.year, l.indicator_code, l.value, r.value AS compared_value,
           NULL::DOUBLE AS limit_value, l.source_file, l.source_sheet, l.source_cell, r.source AS compared_source,
           l.is_sample OR r.is_sample AS is_sample, l.is_partial_year, l.submission_id
    FROM side s
    JOIN v l ON l.indicator_code = s.left_code
    JOIN v r ON r.indicator_code = s.right_code AND r.unit_code = l.unit_code AND r.year = l.year
    WHERE s.kind = 'le' AND l.value > r.value + 1e-6
),
-- Sub-rows a unit is asked for: a district is not asked for province-only rows, so their absence is no gap.
expected AS (
    SELECT s.rule_code, u.unit_code, count(*) AS children
    FROM side s
    JOIN dim_indicator i ON i.indicator_code = s.left_code
    JOIN dim_unit u ON i.applies_to IN ('both', u.level)
    WHERE s.kind IN ('children_le_parent', 'children_sum_to_parent')
    GROUP BY s.rule_code, u.unit_code
),
children AS (
    SELECT s.rule_code, any_value(s.kind) AS kind, p.unit_code, p.year, p.indicator_code, any_value(p.value) AS value,
           sum(c.value) AS children_sum, count(*) AS present,
           any_value(p.source_file) AS source_file, any_value(p.source_sheet) AS source_sheet,
           any_value(p.source_cell) AS source_cell,
           string_agg(c.source, '; ' ORDER BY c.indicator_code) AS compared_source,
           bool_or(c.is_sample) OR any_value(p.is_sample) AS is_sample, any_value(p.is_partial_year) AS is_partial_year,
           any_value(p.submission_id) AS submission_id
    FROM side s
    JOIN v p ON p.indicator_code = s.right_code
    JOIN v c ON c.indicator_code = s.left_code AND c.unit_code = p.unit_code AND c.year = p.year
    WHERE s.kind IN ('children_le_parent', 'children_sum_to_parent')
    GROUP BY s.rule_code, p.unit_code, p.year, p.indicator_code
),
children_broken AS (
    SELECT c.rule_code, c.unit_code, c.year, c.indicator_code, c.value, c.children_sum AS compared_value,
           NULL::DOUBLE AS limit_value, c.source_file, c.source_sheet, c.source_cell, c.compared_source,
           c.is_sample, c.is_partial_year, c.submission_id
    FROM children c
    LEFT JOIN expected e ON e.rule_code = c.rule_code AND e.unit_code = c.unit_code
    -- More than the parent is wrong at once; less is wrong only once every sub-row asked for is there.
    WHERE c.children_sum > c.value + 1e-6
       OR (c.kind = 'children_sum_to_parent' AND c.present >= coalesce(e.children, 0)
           AND abs(c.children_sum - c.value) > 1e-6)
),
range_broken AS (
    SELECT s.rule_code, x.unit_code, x.year, x.indicator_code, x.value, NULL::DOUBLE AS compared_value,
           CASE WHEN x.value < s.min_value THEN s.min_value ELSE s.max_value END AS limit_value,
           x.source_file, x.source_sheet, x.source_cell, NULL::VARCHAR AS compared_source, x.is_sample,
           x.is_partial_year, x.submission_id
    FROM side s
    JOIN v x ON x.indicator_code = s.left_code
    WHERE s.kind = 'range' AND (x.value < s.min_value OR x.value > s.max_value)
),
jump_broken AS (
    SELECT s.rule_code, c.unit_code, c.year, c.indicator_code, c.value, p.value AS compared_value, s.bound AS limit_value,
           c.source_file, c.source_sheet, c.source_cell, p.source AS compared_source,
           c.is_sample OR p.is_sample AS is_sample, c.is_partial_year, c.submission_id
    FROM side s
    JOIN v c ON c.indicator_code = s.left_code
    JOIN v p ON p.indicator_code = c.indicator_code AND p.unit_code = c.unit_code AND p.year = c.year - 1
    WHERE s.kind = 'jump'
      AND CASE c.unit_of_measure
              WHEN 'percent' THEN abs(c.value - p.value) > s.bound + 1e-6
              -- A count's first quarter is not comparable with a year, and a change from nothing is no percentage.
              WHEN 'count' THEN NOT c.is_partial_year AND NOT p.is_partial_year AND p.value > 0
                               AND abs(c.value - p.value) * 100 > s.bound * p.value + 1e-6
              ELSE false
          END
),
broken AS (
    SELECT * FROM le
    UNION ALL SELECT * FROM children_broken
    UNION ALL SELECT * FROM range_broken
    UNION ALL SELECT * FROM jump_broken
)
SELECT rule_code, unit_code, year, indicator_code, value, compared_value, limit_value, source_file, source_sheet,
       source_cell, compared_source, is_sample, is_partial_year, submission_id
FROM broken;
