-- Which report wins, part 3: a unit's value of an indicator and year is the one reported by the newest submission in
-- force that reports it. Submissions of different keys can overlap (two departments reporting one province row);
-- a superseded submission's values never count, not even those its successor lacks.
-- Materialized in fact_indicator_value for the units each load touches.
CREATE OR REPLACE MACRO supersession_indicator_value_of(units) AS TABLE
SELECT f.submission_id, f.unit_code, f.indicator_code, f.year, f.value, f.is_partial_year, f.raw_text, f.source_cell
FROM reported_indicator_value f
JOIN supersession_status s ON s.submission_id = f.submission_id AND s.unit_code = f.unit_code
WHERE s.status = 'active'
  -- units: the units asked about (a load's), NULL for all. A filter outside would not reach below the window.
  AND (units IS NULL OR f.unit_code IN (SELECT unnest(units)))
-- rank(), not row_number(): DuckDB 1.5.6's top-N rewrite of "row_number() = 1" fails with an internal error
-- over this join (a restore on the unit is enough). newness is unique within a unit and a submission reports a key
-- once, so rank 1 is one row all the same.
QUALIFY rank() OVER (PARTITION BY f.unit_code, f.indicator_code, f.year ORDER BY s.newness DESC) = 1;

-- The same for every unit, as a view to read.
CREATE OR REPLACE VIEW supersession_indicator_value AS SELECT * FROM supersession_indicator_value_of(NULL::VARCHAR[]);
