-- one row per source file applied, with what it holds in the warehouse now
CREATE OR REPLACE VIEW v_load AS
WITH submissions AS (
    SELECT load_id,
           count(*)                                AS submissions,
           count(*) FILTER (WHERE st.status = 'active') AS active_submissions
    FROM load_submission JOIN submission_status st USING (submission_id) GROUP BY load_id
),
indicator_facts AS (
    SELECT s.load_id, count(*) AS n
    FROM fact_indicator_value f JOIN load_submission s USING (submission_id) GROUP BY s.load_id
),
target_facts AS (
    SELECT s.load_id, count(*) AS n
    FROM fact_target_evaluation f JOIN load_submission s USING (submission_id) GROUP BY s.load_id
),
org_count_facts AS (
    SELECT s.load_id, count(*) AS n
    FROM fact_org_count f JOIN load_submission s USING (submission_id) GROUP BY s.load_id
),
rejects AS (
    SELECT load_id, count(*) AS n FROM load_reject GROUP BY load_id
)
SELECT
    lf.load_id,
    lf.file_name,
    lf.status,
    lf.reject_reason,
    lf.loaded_at,
    coalesce(s.submissions, 0)  AS submissions,
    coalesce(i.n, 0)            AS indicator_facts,
    coalesce(t.n, 0)            AS target_facts,
    coalesce(o.n, 0)            AS org_count_facts,
    coalesce(r.n, 0)            AS rejects,
    coalesce(s.active_submissions, 0) AS active_submissions,
    lf.content_hash,
    lf.size_bytes,
    lf.modified_utc
FROM load_file lf
LEFT JOIN submissions s ON s.load_id = lf.load_id
LEFT JOIN indicator_facts i ON i.load_id = lf.load_id
LEFT JOIN target_facts t ON t.load_id = lf.load_id
LEFT JOIN org_count_facts o ON o.load_id = lf.load_id
LEFT JOIN rejects r ON r.load_id = lf.load_id;
