-- The target verdicts a unit holds now, each with the newness of the submission it came from.
SELECT f.target_code AS TargetCode,
       s.effective_date AS EffectiveDate, lf.modified_utc AS ModifiedUtc, lf.file_name AS FileName,
       s.load_id AS LoadId, s.submission_id AS SubmissionId, NOT s.is_sample AS IsOfficial
FROM fact_target_evaluation f
JOIN load_submission s ON s.submission_id = f.submission_id
JOIN load_file lf ON lf.load_id = s.load_id
WHERE f.unit_code = $UnitCode;
