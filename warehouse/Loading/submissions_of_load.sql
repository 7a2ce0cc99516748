-- The submissions one load stored, whether each is in force now, and what a restore of them brings back.
SELECT s.submission_id AS SubmissionId, s.unit_code AS UnitCode, st.status AS Status,
       (SELECT max(submission_id) FROM load_submission) AS LastSubmissionId,
       CAST((SELECT count(*) FROM reported_indicator_value f WHERE f.submission_id = s.submission_id) AS INTEGER)   AS IndicatorFacts,
       CAST((SELECT count(*) FROM reported_target_evaluation f WHERE f.submission_id = s.submission_id) AS INTEGER) AS TargetFacts,
       CAST((SELECT count(*) FROM reported_org_count f WHERE f.submission_id = s.submission_id) AS INTEGER)         AS OrgCountFacts
FROM load_submission s
JOIN submission_status st USING (submission_id)
WHERE s.load_id = $LoadId
ORDER BY s.submission_id;
