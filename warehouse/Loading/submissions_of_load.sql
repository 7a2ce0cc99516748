-- The submissions one load stored, in the order they were found, as LoadRows' SubmissionRow.
SELECT submission_id AS SubmissionId, load_id AS LoadId, appendix_code AS AppendixCode, unit_code AS UnitCode,
       department_code AS DepartmentCode, sheet AS Sheet, report_date AS ReportDate, effective_date AS EffectiveDate,
       is_sample AS IsSample, status AS Status, superseded_by AS SupersededBy
FROM load_submission
WHERE load_id = $LoadId
ORDER BY submission_id;
