-- one row per verdict (programme, target, unit), traced to its cell; ordered by programme, target, then unit
-- (the province first). $programme, $areaCode: NULL = all; $units: VARCHAR[] of codes, NULL = all.
SELECT
    e.programme                        AS Programme,
    e.target_no                        AS TargetNo,
    e.target_code                      AS TargetCode,
    e.target_text                      AS TargetText,
    e.area_code                        AS AreaCode,
    e.area                             AS AreaName,
    e.unit_code                        AS UnitCode,
    coalesce(e.unit_name, e.unit_code) AS UnitName,
    e.achieved                         AS Achieved,
    e.result_text                      AS ResultText,
    e.verdict_text                     AS VerdictText,
    e.source_file                      AS SourceFile,
    e.source_sheet                     AS SourceSheet,
    e.source_cell                      AS SourceCell,
    e.is_sample                        AS IsSample
FROM v_target_evaluation e
LEFT JOIN dim_unit u ON u.unit_code = e.unit_code
WHERE e.programme IS NOT NULL -- a verdict on a target the catalogue no longer lists has no place to show
  AND ($programme IS NULL OR e.programme = $programme)
  AND ($areaCode IS NULL OR e.area_code = $areaCode)
  AND ($units IS NULL OR e.unit_code IN (SELECT unnest($units))) -- a semi-join: see values.sql
ORDER BY e.programme, e.target_no, u.level <> 'province', e.unit_code;
