-- one row per setting of the warehouse itself: schema_version, catalogue_hash
CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
