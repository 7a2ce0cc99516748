-- one row per source file applied (v_load), the newest first
SELECT
    load_id            AS LoadId,
    file_name          AS FileName,
    status             AS Status,
    reject_reason      AS RejectReason,
    loaded_at          AS LoadedAt,
    submissions        AS Submissions,
    indicator_facts    AS IndicatorFacts,
    target_facts       AS TargetFacts,
    org_count_facts    AS OrgCountFacts,
    rejects            AS Rejects,
    active_submissions AS ActiveSubmissions,
    content_hash       AS ContentHash,
    size_bytes         AS SizeBytes,
    modified_utc       AS ModifiedUtc
FROM v_load
ORDER BY loaded_at DESC, load_id DESC;
