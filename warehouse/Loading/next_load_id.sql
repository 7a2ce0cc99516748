SELECT nextval('load_id_seq');
