-- Every file ever applied, loaded or rejected: the same bytes are applied once.
SELECT content_hash FROM load_file;
