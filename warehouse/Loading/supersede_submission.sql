-- A superseded submission keeps its row (for audit) but loses its facts: facts hold active submissions only.
UPDATE load_submission SET status = 'superseded', superseded_by = $SupersededBy WHERE submission_id = $SubmissionId;
DELETE FROM fact_indicator_value WHERE submission_id = $SubmissionId;
DELETE FROM fact_target_evaluation WHERE submission_id = $SubmissionId;
DELETE FROM fact_org_count WHERE submission_id = $SubmissionId;
