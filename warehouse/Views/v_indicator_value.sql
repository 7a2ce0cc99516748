-- one row per unit, indicator and year: every indicator value of an active submission, named and traced to its cell
CREATE OR REPLACE VIEW v_indicator_value AS
SELECT
    f.unit_code,
    u.unit_name,
    k.kind             AS unit_kind,       -- the kind in that year: Hoài Nhơn is 'huyện' to 2019, 'thị xã' from 2020
    s.appendix_code    AS appendix,
    f.indicator_code,
    i.label            AS indicator_name,
    a.area_name        AS area,
    i.unit_of_measure,
    f.year,
    f.value,
    f.is_partial_year,
    lf.file_name       AS source_file,
    s.sheet            AS source_sheet,
    f.source_cell,
    ap.title           AS appendix_title,
    i.area_code,
    i.parent_code,
    i.stt,
    i.department_code,                     -- the department responsible for the indicator (catalogue)
    d.department_name,
    f.raw_text,
    s.report_date,
    s.is_sample,
    f.submission_id,
    i.sort_order,
    s.department_code  AS reporting_department_code  -- the department whose submission it came from
FROM fact_indicator_value f
JOIN load_submission s ON s.submission_id = f.submission_id
JOIN load_file lf ON lf.load_id = s.load_id
-- Left joins: a value stays visible even if a later catalogue drops its code.
LEFT JOIN dim_unit u ON u.unit_code = f.unit_code
LEFT JOIN dim_unit_kind k
    ON k.unit_code = f.unit_code
   -- Open ends as constants, not as f.year: bounds that mention the fact row stop DuckDB from planning this as
   -- an equi-join on unit_code and make it compare every fact with every kind row (23 s → 0.4 s at 5M facts).
   AND f.year BETWEEN coalesce(k.from_year, -2147483648) AND coalesce(k.to_year, 2147483647)
LEFT JOIN dim_indicator i ON i.indicator_code = f.indicator_code
LEFT JOIN dim_area a ON a.area_code = i.area_code
LEFT JOIN dim_appendix ap ON ap.appendix_code = s.appendix_code
LEFT JOIN dim_department d ON d.department_code = i.department_code;
