DELETE FROM fact_indicator_value WHERE unit_code = $UnitCode AND indicator_code = $IndicatorCode AND year = $Year;
