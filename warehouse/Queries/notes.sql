-- one row per note on how a file was read (v_load_note), the newest load first
SELECT
    source_file  AS SourceFile,
    source_sheet AS SourceSheet,
    source_cell  AS SourceCell,
    note         AS Note,
    loaded_at    AS LoadedAt,
    load_id      AS LoadId
FROM v_load_note
ORDER BY loaded_at DESC, load_id DESC, note_no;
