-- one row per provincial department (sở, ban, ngành) that answers appendices for the province
CREATE TABLE IF NOT EXISTS dim_department (
    department_code VARCHAR PRIMARY KEY,
    department_name VARCHAR NOT NULL,
    aliases         VARCHAR[]
);
