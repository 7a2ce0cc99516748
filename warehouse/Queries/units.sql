-- one row per reporting unit, the province first, then by code; with the administrative kind it has now
WITH current_kind AS (
    -- the span with the latest end (an open end is the latest): Hoài Nhơn is 'thị xã' from 2020
    SELECT unit_code, arg_max(kind, coalesce(to_year, 2147483647)) AS kind
    FROM dim_unit_kind
    GROUP BY unit_code
)
SELECT
    u.unit_code AS Code,
    u.unit_name AS Name,
    u.level     AS Level,
    u.terrain   AS Terrain,
    k.kind      AS CurrentKind
FROM dim_unit u
LEFT JOIN current_kind k ON k.unit_code = u.unit_code
ORDER BY u.level <> 'province', u.unit_code;
