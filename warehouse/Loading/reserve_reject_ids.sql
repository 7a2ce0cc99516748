-- Ids for the rejects of one transaction: the appender writes every column, so the default cannot draw them.
SELECT nextval('reject_id_seq') FROM range($Count);
