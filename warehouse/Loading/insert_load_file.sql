INSERT INTO load_file (load_id, file_name, content_hash, size_bytes, modified_utc, loaded_at, status, reject_reason)
VALUES ($LoadId, $FileName, $ContentHash, $SizeBytes, $ModifiedUtc, $LoadedAt, $Status, $RejectReason);
