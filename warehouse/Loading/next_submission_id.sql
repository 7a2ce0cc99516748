SELECT nextval('submission_id_seq');
