-- one row per validation rule (kiểm tra số liệu), after DHIS2's: what it checks, how bad a breach is, what to do
CREATE TABLE IF NOT EXISTS dim_validation_rule (
    rule_code    VARCHAR PRIMARY KEY,
    kind         VARCHAR NOT NULL,    -- 'le' | 'children_le_parent' | 'children_sum_to_parent' | 'range' | 'jump'
    left_codes   VARCHAR[] NOT NULL,  -- le: the left side; children_*: the sub-rows; range, jump: each indicator checked
    right_code   VARCHAR,             -- le: the right side; children_*: the parent row
    min_value    DOUBLE,              -- range
    max_value    DOUBLE,              -- range
    bound        DOUBLE,              -- jump: points for a percent, percent of last year's value for a count
    importance   VARCHAR NOT NULL,    -- 'warning' | 'error'; neither blocks a load
    description  VARCHAR NOT NULL,
    instruction  VARCHAR,
    sort_order   INTEGER NOT NULL
);
