-- The active submissions of some units, which new ones compete with by unit, appendix and answering department.
SELECT s.appendix_code AS AppendixCode, coalesce(s.department_code, '') AS DepartmentCode,
       s.effective_date AS EffectiveDate, f.modified_utc AS ModifiedUtc, f.file_name AS FileName,
       s.load_id AS LoadId, s.submission_id AS SubmissionId, NOT s.is_sample AS IsOfficial,
       s.unit_code AS UnitCode
FROM load_submission s
JOIN load_file f ON f.load_id = s.load_id
WHERE s.status = 'active'
  AND s.unit_code IN (SELECT unnest($Units));
