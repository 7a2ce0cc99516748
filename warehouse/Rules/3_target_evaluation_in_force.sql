-- Which report wins, part 3 for Phụ lục 8/IX verdicts: as rule_indicator_value_in_force, keyed by unit and target.
-- Materialized in fact_target_evaluation for the units each load touches.
CREATE OR REPLACE VIEW rule_target_evaluation_in_force AS
SELECT f.submission_id, f.unit_code, f.target_code, f.achieved, f.result_text, f.verdict_text, f.source_cell, f.text_cell
FROM reported_target_evaluation f
JOIN rule_submission_status s ON s.submission_id = f.submission_id AND s.unit_code = f.unit_code
WHERE s.status = 'active'
-- rank(), not row_number(): see 3_indicator_value_in_force.sql.
QUALIFY rank() OVER (PARTITION BY f.unit_code, f.target_code ORDER BY s.newness DESC) = 1;
