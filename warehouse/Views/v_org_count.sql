-- one row per unit, Phụ lục 4 measure and period: counts of organisations from active submissions
CREATE OR REPLACE VIEW v_org_count AS
SELECT
    f.unit_code,
    u.unit_name,
    m.section,
    m.section_title,
    f.measure_code,
    m.label         AS measure_name,
    m.sector,
    m.owner_level,
    f.period,
    f.value,
    lf.file_name    AS source_file,
    s.sheet         AS source_sheet,
    f.source_cell,
    s.is_sample
FROM fact_org_count f
JOIN load_submission s ON s.submission_id = f.submission_id
JOIN load_file lf ON lf.load_id = s.load_id
LEFT JOIN dim_org_measure m ON m.measure_code = f.measure_code
LEFT JOIN dim_unit u ON u.unit_code = f.unit_code;
