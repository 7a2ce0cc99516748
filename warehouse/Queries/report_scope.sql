-- one row: what the report covers, for the words every page, chart and export uses ("Tỉnh Bình Định", "11 huyện,
-- thị xã, thành phố", 2015–2020, "2020 tính đến 31/3", the programmes 2011-2020 and 2011-2025).
-- The province, its units and the programmes are the catalogue's (dim_*): a unit that sent nothing is still one of
-- them. The years are the catalogue's reporting period, so a year nobody has sent yet still shows as a gap; only a
-- catalogue without one (reporting_period.csv) leaves them to the years the facts hold (value_years.sql, asked then
-- only: at millions of values the scan costs tens of milliseconds that the catalogue's answer does not need).
WITH current_kind AS (
    -- as units.sql: the span with the latest end is the kind now (Hoài Nhơn: 'thị xã')
    SELECT unit_code, arg_max(kind, coalesce(to_year, 2147483647)) AS kind
    FROM dim_unit_kind
    GROUP BY unit_code
)
SELECT
    p.code                                            AS ProvinceCode,
    p.name                                            AS ProvinceName,
    d.n                                               AS Districts,
    d.kinds                                           AS DistrictKinds,
    rp.first_year                                     AS FirstYear,
    rp.last_year                                      AS LastYear,
    rp.partial_year                                   AS PartialYear,
    rp.partial_until                                  AS PartialUntil,
    g.programmes                                      AS Programmes
FROM (
    SELECT min(unit_code) AS code, arg_min(unit_name, unit_code) AS name FROM dim_unit WHERE level = 'province'
) p
CROSS JOIN (
    SELECT CAST(count(*) AS INTEGER) AS n, string_agg(DISTINCT k.kind, ';') AS kinds
    FROM dim_unit u LEFT JOIN current_kind k ON k.unit_code = u.unit_code
    WHERE u.level = 'district'
) d
CROSS JOIN (SELECT string_agg(DISTINCT programme, ';') AS programmes FROM dim_appendix WHERE kind = 'target' AND programme IS NOT NULL) g
LEFT JOIN (SELECT * FROM dim_reporting_period LIMIT 1) rp ON true;
