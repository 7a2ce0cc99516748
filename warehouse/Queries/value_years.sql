-- one row: the years the indicator values hold and the latest partial one, for a catalogue without a reporting
-- period (report_scope.sql leaves its years to this); nulls when no value has arrived
SELECT
    min(year)                                    AS FirstYear,
    max(year)                                    AS LastYear,
    max(year) FILTER (WHERE is_partial_year)     AS PartialYear
FROM fact_indicator_value;
