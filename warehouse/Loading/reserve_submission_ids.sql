-- Ids for the submissions of one transaction, taken from the sequence in one statement (the caller sorts them).
SELECT nextval('submission_id_seq') FROM range($Count);
