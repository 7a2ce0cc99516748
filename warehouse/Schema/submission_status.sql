-- supersession_status (Supersession/) materialized for the units each load touches: whether each submission is in force
CREATE TABLE IF NOT EXISTS submission_status (
    submission_id BIGINT PRIMARY KEY,
    unit_code     VARCHAR NOT NULL,
    status        VARCHAR NOT NULL CHECK (status IN ('active', 'superseded')),
    superseded_by BIGINT              -- the submission in force in its place
);
