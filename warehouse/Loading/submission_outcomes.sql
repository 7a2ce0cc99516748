-- What loading each of some submissions ($SubmissionIds) did when it arrived, as the load summary reports it:
-- whether it was newer or older than the submission in force for its key just before (the newest among those loaded
-- before it, from the latest steward's choice made before it on: Supersession/1_contest.sql).
-- Newer: it superseded that one. Older: it arrived superseded. Neither: its key was new.
WITH contest AS (
    SELECT c.*, s.load_id
    FROM supersession_contest c
    JOIN load_submission s USING (submission_id)
    WHERE c.unit_code IN (SELECT unit_code FROM load_submission WHERE submission_id IN (SELECT unnest($SubmissionIds)))
),
arrived AS (
    SELECT * FROM contest WHERE submission_id IN (SELECT unnest($SubmissionIds))
),
choice_before AS (
    -- the latest steward's choice for the key made before the submission arrived
    SELECT a.submission_id,
           arg_max(r.submission_id, r.restore_id)       AS restored_id,
           arg_max(r.after_submission_id, r.restore_id) AS restored_after
    FROM arrived a
    JOIN contest chosen
      ON chosen.unit_code = a.unit_code AND chosen.appendix_code = a.appendix_code AND chosen.department_key = a.department_key
    JOIN load_restore r ON r.submission_id = chosen.submission_id AND r.after_submission_id < a.submission_id
    GROUP BY a.submission_id
),
in_force_before AS (
    SELECT a.submission_id, max(p.newness) AS newness
    FROM arrived a
    LEFT JOIN choice_before c USING (submission_id)
    JOIN contest p
      ON p.unit_code = a.unit_code AND p.appendix_code = a.appendix_code AND p.department_key = a.department_key
     AND p.submission_id < a.submission_id
     AND (c.restored_id IS NULL OR p.submission_id = c.restored_id OR p.submission_id > c.restored_after)
    GROUP BY a.submission_id
)
SELECT
    a.submission_id AS SubmissionId,
    a.load_id       AS LoadId,
    coalesce(b.newness > a.newness, false) AS ArrivedSuperseded,
    coalesce(b.newness < a.newness, false) AS SupersededOlder
FROM arrived a
LEFT JOIN in_force_before b USING (submission_id)
ORDER BY a.submission_id;
