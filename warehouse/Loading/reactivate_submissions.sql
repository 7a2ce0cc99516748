-- Superseded submissions made active again by the steward's choice (FileLoader.Restore); their facts are written
-- after this, as a new load's are.
UPDATE load_submission SET status = 'active', superseded_by = NULL
WHERE submission_id IN (SELECT unnest($SubmissionIds));
