-- Grows a loaded national warehouse (701 units, 2015–2020, about 243 thousand indicator values) past five million
-- indicator values for the query benchmark. Made-up data, grown the two ways a real warehouse grows:
--   history: every whole-year value of 2015–2019 copied back into 1995–2014 (four blocks of five years), as if the
--            reports of the earlier plans had been loaded too;
--   units:   every district-level unit copied four times (codes 'M001-2' … 'M001-5', names "… (bản 2)"), with its
--            values, target verdicts and organisation counts, as if four more countries reported to one warehouse.
-- A copy keeps the submission of the value it copies, so every view still traces it to a file, sheet and cell.
-- Runs on a copy of the warehouse, never a published one.

CREATE TEMP TABLE bench_shift AS SELECT 5 * range AS years_back FROM range(1, 5);
CREATE TEMP TABLE bench_copy AS SELECT range AS copy_no FROM range(2, 6);
CREATE TEMP TABLE bench_district AS SELECT unit_code FROM dim_unit WHERE level = 'district';

INSERT INTO fact_indicator_value
SELECT f.submission_id, f.unit_code, f.indicator_code, f.year - s.years_back, f.value, false, f.raw_text, f.source_cell
FROM fact_indicator_value f
CROSS JOIN bench_shift s
WHERE NOT f.is_partial_year;

INSERT INTO dim_unit_kind
SELECT k.unit_code || '-' || c.copy_no, k.kind, k.from_year, k.to_year
FROM dim_unit_kind k
JOIN bench_district d USING (unit_code)
CROSS JOIN bench_copy c;

INSERT INTO dim_unit
SELECT u.unit_code || '-' || c.copy_no, u.unit_name || ' (bản ' || c.copy_no || ')', u.level, u.terrain, []
FROM dim_unit u
JOIN bench_district d USING (unit_code)
CROSS JOIN bench_copy c;

INSERT INTO fact_indicator_value
SELECT f.submission_id, f.unit_code || '-' || c.copy_no, f.indicator_code, f.year, f.value, f.is_partial_year, f.raw_text, f.source_cell
FROM fact_indicator_value f
JOIN bench_district d USING (unit_code)
CROSS JOIN bench_copy c;

INSERT INTO fact_target_evaluation
SELECT t.submission_id, t.unit_code || '-' || c.copy_no, t.target_code, t.achieved, t.result_text, t.verdict_text, t.source_cell, t.text_cell
FROM fact_target_evaluation t
JOIN bench_district d USING (unit_code)
CROSS JOIN bench_copy c;

INSERT INTO fact_org_count
SELECT o.submission_id, o.unit_code || '-' || c.copy_no, o.measure_code, o.period, o.value, o.source_cell
FROM fact_org_count o
JOIN bench_district d USING (unit_code)
CROSS JOIN bench_copy c;
