-- The loaded file with these bytes, if any: what a restore makes current again.
SELECT load_id AS LoadId, file_name AS FileName
FROM load_file
WHERE content_hash = $ContentHash AND status = 'loaded';
