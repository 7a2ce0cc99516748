-- Ids for the files of one transaction, taken from the sequence in one statement (the caller sorts them).
SELECT nextval('load_id_seq') FROM range($Count);
