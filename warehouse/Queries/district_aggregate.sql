-- one row per year: one indicator over the district-level units (the province's own value left out).
-- count: the sum of the units' values; percent: their unweighted mean; yesno (1/0): the share of units answering 1,
-- in percent. UnitsReporting says how many units the figure stands on.
SELECT
    v.year AS Year,
    CASE i.unit_of_measure
        WHEN 'count' THEN sum(v.value)
        WHEN 'yesno' THEN 100 * avg(v.value)
        ELSE avg(v.value)
    END AS Value,
    count(*) AS UnitsReporting,
    CASE i.unit_of_measure WHEN 'count' THEN 'sum' ELSE 'mean' END AS Method,
    bool_or(v.is_partial_year) AS IsPartialYear
FROM v_indicator_value v
JOIN dim_unit u ON u.unit_code = v.unit_code AND u.level = 'district'
JOIN dim_indicator i ON i.indicator_code = v.indicator_code
WHERE v.indicator_code = $indicatorCode
  AND v.year BETWEEN $fromYear AND $toYear
  AND ($includePartial OR NOT v.is_partial_year)
GROUP BY v.year, i.unit_of_measure
ORDER BY v.year;
