-- one row per rejection (v_load_reject), the newest load first, then by sheet and cell
SELECT
    source_file  AS SourceFile,
    source_sheet AS SourceSheet,
    source_cell  AS SourceCell,
    reason       AS Reason,
    loaded_at    AS LoadedAt,
    load_id      AS LoadId
FROM v_load_reject
ORDER BY loaded_at DESC, load_id DESC, source_sheet NULLS FIRST, source_cell NULLS FIRST, reason;
