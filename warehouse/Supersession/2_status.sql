-- Which report wins, part 2: per key, the newest contender is in force ('active'); every other submission of the key
-- is 'superseded' by it. Materialized in submission_status for the units each load touches.
CREATE OR REPLACE VIEW supersession_status AS
WITH in_force AS (
    SELECT unit_code, appendix_code, department_key, submission_id
    FROM supersession_contest
    WHERE is_contender
    QUALIFY row_number() OVER (PARTITION BY unit_code, appendix_code, department_key ORDER BY newness DESC) = 1
)
SELECT
    c.submission_id,
    c.unit_code,
    CASE WHEN c.submission_id = w.submission_id THEN 'active' ELSE 'superseded' END AS status,
    CASE WHEN c.submission_id <> w.submission_id THEN w.submission_id END            AS superseded_by,
    c.newness
FROM supersession_contest c
JOIN in_force w USING (unit_code, appendix_code, department_key);
