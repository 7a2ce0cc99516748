-- The indicator values some units hold now, each with the newness of the submission it came from (read once per unit
-- and run: the loader keeps them up to date in memory from then on).
SELECT f.indicator_code AS IndicatorCode, f.year AS Year,
       s.effective_date AS EffectiveDate, lf.modified_utc AS ModifiedUtc, lf.file_name AS FileName,
       s.load_id AS LoadId, s.submission_id AS SubmissionId, NOT s.is_sample AS IsOfficial,
       f.unit_code AS UnitCode
FROM fact_indicator_value f
JOIN load_submission s ON s.submission_id = f.submission_id
JOIN load_file lf ON lf.load_id = s.load_id
WHERE f.unit_code IN (SELECT unnest($Units));
