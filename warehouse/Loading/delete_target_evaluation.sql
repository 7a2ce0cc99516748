DELETE FROM fact_target_evaluation WHERE unit_code = $UnitCode AND target_code = $TargetCode;
