-- one row per steward's choice of an earlier submission as the one in force again ("Dùng lại bản này"), appended
-- once: from then on its key is contested by it and by submissions loaded after the choice only (Supersession/)
CREATE SEQUENCE IF NOT EXISTS restore_id_seq START 1;
CREATE TABLE IF NOT EXISTS load_restore (
    restore_id          BIGINT PRIMARY KEY,
    submission_id       BIGINT NOT NULL,  -- the submission made current again
    after_submission_id BIGINT NOT NULL,  -- the last submission loaded when the choice was made
    restored_at         TIMESTAMP NOT NULL
);
