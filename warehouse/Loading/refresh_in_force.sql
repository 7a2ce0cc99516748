-- Puts the rule's answer (Supersession/) for some units ($Units) into the tables the queries read: whether each submission
-- is in force, and the facts in force, the facts in key order so that a query's scan skips what it does not ask
-- for. The units a transaction touched, after its rows are appended, or a whole ETL run's at its end.
DELETE FROM submission_status WHERE unit_code IN (SELECT unnest($Units));
INSERT INTO submission_status
SELECT submission_id, unit_code, status, superseded_by FROM supersession_status WHERE unit_code IN (SELECT unnest($Units));

DELETE FROM fact_indicator_value WHERE unit_code IN (SELECT unnest($Units));
INSERT INTO fact_indicator_value
SELECT * FROM supersession_indicator_value_of($Units) ORDER BY unit_code, indicator_code, year;

DELETE FROM fact_target_evaluation WHERE unit_code IN (SELECT unnest($Units));
INSERT INTO fact_target_evaluation
SELECT * FROM supersession_target_evaluation_of($Units) ORDER BY unit_code, target_code;

DELETE FROM fact_org_count WHERE unit_code IN (SELECT unnest($Units));
INSERT INTO fact_org_count
SELECT * FROM supersession_org_count_of($Units) ORDER BY unit_code, measure_code, period;

-- Last, as it reads the values just put in: the validation rules' breaches of those units.
DELETE FROM rule_breach WHERE unit_code IN (SELECT unnest($Units));
INSERT INTO rule_breach
SELECT * FROM validation_breach WHERE unit_code IN (SELECT unnest($Units));
