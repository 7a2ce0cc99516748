-- one row per note on how a file was read, though nothing was rejected (legacy TCVN3/VNI text converted to Unicode,
-- a Strict Open XML package read): what a steward should know when a figure looks odd
CREATE TABLE IF NOT EXISTS load_note (
    load_id      BIGINT NOT NULL,
    note_no      INTEGER NOT NULL,   -- 1, 2, … within the file
    source_file  VARCHAR NOT NULL,
    source_sheet VARCHAR,
    source_cell  VARCHAR,            -- an example cell
    note         VARCHAR NOT NULL,
    PRIMARY KEY (load_id, note_no)
);
