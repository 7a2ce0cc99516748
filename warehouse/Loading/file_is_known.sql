SELECT count(*) > 0 FROM load_file WHERE content_hash = $contentHash;
