-- one row per appendix found in a loaded file, active or superseded, and which file replaced it
CREATE OR REPLACE VIEW v_submission AS
SELECT
    s.submission_id,
    lf.file_name      AS source_file,
    s.appendix_code   AS appendix,
    s.unit_code,
    u.unit_name,
    s.department_code,
    d.department_name,
    s.sheet,
    s.report_date,
    s.effective_date,
    s.is_sample,
    st.status,                             -- the rule's answer (Supersession/): 'active' is the report in force
    by_file.file_name AS superseded_by_file,
    st.superseded_by,                      -- the submission in force in its place
    s.load_id
FROM load_submission s
JOIN load_file lf ON lf.load_id = s.load_id
JOIN submission_status st ON st.submission_id = s.submission_id
LEFT JOIN load_submission by_sub ON by_sub.submission_id = st.superseded_by
LEFT JOIN load_file by_file ON by_file.load_id = by_sub.load_id
LEFT JOIN dim_unit u ON u.unit_code = s.unit_code
LEFT JOIN dim_department d ON d.department_code = s.department_code;
