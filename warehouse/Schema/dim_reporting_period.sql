-- one row (or none, for a catalogue without reporting_period.csv): the years the report's indicator appendices ask for
CREATE TABLE IF NOT EXISTS dim_reporting_period (
    first_year    INTEGER NOT NULL,
    last_year     INTEGER NOT NULL,
    partial_year  INTEGER,           -- the column that holds part of a year only (2020 "tính đến 31/3")
    partial_until VARCHAR            -- the day it ends, as printed: '31/3'
);
