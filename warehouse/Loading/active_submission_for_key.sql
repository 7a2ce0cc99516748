-- The active submission a new one competes with: same unit, appendix and answering department (none = '').
SELECT s.effective_date AS EffectiveDate, f.modified_utc AS ModifiedUtc, f.file_name AS FileName,
       s.load_id AS LoadId, s.submission_id AS SubmissionId, NOT s.is_sample AS IsOfficial
FROM load_submission s
JOIN load_file f ON f.load_id = s.load_id
WHERE s.status = 'active'
  AND s.unit_code = $UnitCode
  AND s.appendix_code = $AppendixCode
  AND coalesce(s.department_code, '') = coalesce($DepartmentCode, '');
