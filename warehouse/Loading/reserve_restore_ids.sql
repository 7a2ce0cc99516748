-- Ids for the steward's choices of one transaction, taken from the sequence in one statement.
SELECT nextval('restore_id_seq') FROM range($Count);
