-- one row per unit and span of years with one administrative kind (null bound = open)
CREATE TABLE IF NOT EXISTS dim_unit_kind (
    unit_code VARCHAR NOT NULL,
    kind      VARCHAR NOT NULL,  -- 'tỉnh' | 'thành phố' | 'thị xã' | 'huyện'
    from_year INTEGER,
    to_year   INTEGER
);
