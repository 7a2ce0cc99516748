-- one row per rejection: a file rejected whole, or a row or cell of a loaded file
CREATE OR REPLACE VIEW v_load_reject AS
SELECT
    r.source_file,
    r.source_sheet,
    r.source_cell,
    r.reason,
    lf.loaded_at,
    r.load_id
FROM load_reject r
JOIN load_file lf ON lf.load_id = r.load_id;
