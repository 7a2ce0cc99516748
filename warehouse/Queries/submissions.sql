-- one row per submission (v_submission), active or superseded, the newest load first, then in the order found
SELECT
    submission_id      AS SubmissionId,
    source_file        AS SourceFile,
    appendix           AS Appendix,
    unit_code          AS UnitCode,
    unit_name          AS UnitName,
    department_code    AS DepartmentCode,
    department_name    AS DepartmentName,
    sheet              AS Sheet,
    report_date        AS ReportDate,
    effective_date     AS EffectiveDate,
    is_sample          AS IsSample,
    status             AS Status,
    superseded_by_file AS SupersededByFile,
    superseded_by      AS SupersededBy,
    load_id            AS LoadId
FROM v_submission
ORDER BY load_id DESC, submission_id;
