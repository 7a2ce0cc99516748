INSERT INTO load_submission (
    submission_id, load_id, appendix_code, unit_code, department_code, sheet,
    report_date, effective_date, is_sample, status, superseded_by)
VALUES (
    $SubmissionId, $LoadId, $AppendixCode, $UnitCode, $DepartmentCode, $Sheet,
    $ReportDate, $EffectiveDate, $IsSample, $Status, $SupersededBy);
