-- Which report wins, part 3 for Phụ lục 4 counts: as supersession_indicator_value, keyed by unit, measure and period.
-- Materialized in fact_org_count for the units each load touches.
CREATE OR REPLACE MACRO supersession_org_count_of(units) AS TABLE
SELECT f.submission_id, f.unit_code, f.measure_code, f.period, f.value, f.source_cell
FROM reported_org_count f
JOIN supersession_status s ON s.submission_id = f.submission_id AND s.unit_code = f.unit_code
WHERE s.status = 'active' AND (units IS NULL OR f.unit_code IN (SELECT unnest(units)))
-- rank(), not row_number(): see 3_indicator_value.sql.
QUALIFY rank() OVER (PARTITION BY f.unit_code, f.measure_code, f.period ORDER BY s.newness DESC) = 1;

-- The same for every unit, as a view to read.
CREATE OR REPLACE VIEW supersession_org_count AS SELECT * FROM supersession_org_count_of(NULL::VARCHAR[]);
