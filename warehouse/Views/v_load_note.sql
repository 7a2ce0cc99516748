-- one row per note on how a file was read (legacy text converted, Strict package read); see load_note
CREATE OR REPLACE VIEW v_load_note AS
SELECT
    n.source_file,
    n.source_sheet,
    n.source_cell,
    n.note,
    lf.loaded_at,
    n.load_id,
    n.note_no
FROM load_note n
JOIN load_file lf ON lf.load_id = n.load_id;
