INSERT INTO load_reject (load_id, source_file, source_sheet, source_cell, reason)
VALUES ($LoadId, $SourceFile, $SourceSheet, $SourceCell, $Reason);
