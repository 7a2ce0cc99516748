-- Submissions of earlier transactions replaced by newer ones. A superseded submission keeps its row (for audit) but
-- loses its facts: facts hold active submissions only. One statement per table for the whole transaction.
UPDATE load_submission s SET status = 'superseded', superseded_by = r.superseded_by
FROM (SELECT unnest($SubmissionIds) AS submission_id, unnest($SupersededBy) AS superseded_by) r
WHERE s.submission_id = r.submission_id;
DELETE FROM fact_indicator_value WHERE submission_id IN (SELECT unnest($SubmissionIds));
DELETE FROM fact_target_evaluation WHERE submission_id IN (SELECT unnest($SubmissionIds));
DELETE FROM fact_org_count WHERE submission_id IN (SELECT unnest($SubmissionIds));
