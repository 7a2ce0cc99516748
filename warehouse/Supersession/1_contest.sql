-- Which report wins, part 1: every submission, the key it contests and its newness.
--
-- A submission contests its unit, appendix and answering department (none = ''). Of two, the newer is the one
-- whose first difference, in this order, is larger:
--   1. an official report beats sample data (a sample workbook must never hide a real figure);
--   2. the date the report states, else the file's modified date (effective_date);
--   3. the file's modified time;
--   4. the file's name;
--   5. the order files and sheets were loaded in (submission_id).
-- newness holds them in that order: DuckDB compares structs field by field, so every later rule compares one
-- value ("ORDER BY newness DESC": the newest first).
--
-- A steward's choice (load_restore) makes an earlier submission current again: from the latest choice on, its key is
-- contested only by the chosen submission and by those loaded after the choice (is_contender).
CREATE OR REPLACE VIEW supersession_contest AS
WITH latest_restore AS (
    -- the latest choice per key
    SELECT s.unit_code, s.appendix_code, coalesce(s.department_code, '') AS department_key,
           arg_max(r.submission_id, r.restore_id)       AS restored_submission_id,
           arg_max(r.after_submission_id, r.restore_id) AS after_submission_id
    FROM load_restore r
    JOIN load_submission s ON s.submission_id = r.submission_id
    GROUP BY s.unit_code, s.appendix_code, coalesce(s.department_code, '')
)
SELECT
    s.submission_id,
    s.unit_code,
    s.appendix_code,
    coalesce(s.department_code, '') AS department_key,
    {'is_official': NOT s.is_sample, 'effective_date': s.effective_date, 'modified_utc': lf.modified_utc,
     'file_name': lf.file_name, 'load_id': s.load_id, 'submission_id': s.submission_id} AS newness,
    r.restored_submission_id IS NULL
        OR s.submission_id = r.restored_submission_id
        OR s.submission_id > r.after_submission_id AS is_contender
FROM load_submission s
JOIN load_file lf ON lf.load_id = s.load_id
LEFT JOIN latest_restore r
    ON r.unit_code = s.unit_code AND r.appendix_code = s.appendix_code AND r.department_key = coalesce(s.department_code, '');
