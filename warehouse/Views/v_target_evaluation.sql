-- one row per programme, target and unit: every Đạt/Không đạt verdict of an active submission
CREATE OR REPLACE VIEW v_target_evaluation AS
SELECT
    t.programme,
    t.target_no,
    t.target_text,
    a.area_name     AS area,
    f.unit_code,
    f.achieved,
    f.result_text,
    lf.file_name    AS source_file,
    s.sheet         AS source_sheet,
    f.source_cell,                  -- where the verdict was read
    u.unit_name,
    f.target_code,
    t.area_code,
    f.verdict_text,
    f.text_cell,
    s.is_sample,
    s.report_date,
    f.submission_id
FROM fact_target_evaluation f
JOIN load_submission s ON s.submission_id = f.submission_id
JOIN load_file lf ON lf.load_id = s.load_id
LEFT JOIN dim_target t ON t.target_code = f.target_code
LEFT JOIN dim_area a ON a.area_code = t.area_code
LEFT JOIN dim_unit u ON u.unit_code = f.unit_code;
