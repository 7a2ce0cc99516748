-- Which report wins, part 3 for Phụ lục 8/IX verdicts: as supersession_indicator_value, keyed by unit and target.
-- Materialized in fact_target_evaluation for the units each load touches.
CREATE OR REPLACE MACRO supersession_target_evaluation_of(units) AS TABLE
SELECT f.submission_id, f.unit_code, f.target_code, f.achieved, f.result_text, f.verdict_text, f.source_cell, f.text_cell
FROM reported_target_evaluation f
JOIN supersession_status s ON s.submission_id = f.submission_id AND s.unit_code = f.unit_code
WHERE s.status = 'active' AND (units IS NULL OR f.unit_code IN (SELECT unnest(units)))
-- rank(), not row_number(): see 3_indicator_value.sql.
QUALIFY rank() OVER (PARTITION BY f.unit_code, f.target_code ORDER BY s.newness DESC) = 1;

-- The same for every unit, as a view to read.
CREATE OR REPLACE VIEW supersession_target_evaluation AS SELECT * FROM supersession_target_evaluation_of(NULL::VARCHAR[]);
