-- one row per unit, indicator and year whose value a submission in force reported in a cell that was rejected, and
-- that holds no value now: pages show "bị từ chối" (with the reason) there, not "not reported"
CREATE OR REPLACE VIEW v_rejected_value AS
SELECT
    s.unit_code,
    r.indicator_code,
    r.year,
    lf.file_name AS source_file,
    r.source_sheet,
    r.source_cell,
    r.reason,
    s.submission_id,
    lf.loaded_at
FROM load_reject r
JOIN load_submission s ON s.submission_id = r.submission_id
JOIN submission_status st ON st.submission_id = s.submission_id AND st.status = 'active'
JOIN load_file lf ON lf.load_id = r.load_id
WHERE r.indicator_code IS NOT NULL AND r.year IS NOT NULL
  AND NOT EXISTS (
      SELECT 1 FROM fact_indicator_value f
      WHERE f.unit_code = s.unit_code AND f.indicator_code = r.indicator_code AND f.year = r.year
  );
