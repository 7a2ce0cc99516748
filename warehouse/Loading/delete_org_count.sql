DELETE FROM fact_org_count WHERE unit_code = $UnitCode AND measure_code = $MeasureCode AND period = $Period;
