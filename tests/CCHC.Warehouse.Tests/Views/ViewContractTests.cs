using Dapper;

namespace CCHC.Warehouse.Tests;

/// <summary>The views are what analysts query: their columns, in this order, are documented in docs/WAREHOUSE.md.</summary>
public sealed class ViewContractTests(LoadedWarehouse warehouse) : IClassFixture<LoadedWarehouse>
{
    public static TheoryData<string, string> Columns => new()
    {
        { "v_indicator_value", "unit_code, unit_name, unit_kind, appendix, indicator_code, indicator_name, area, unit_of_measure, year, value, is_partial_year, source_file, source_sheet, source_cell, appendix_title, area_code, parent_code, stt, department_code, department_name, raw_text, report_date, is_sample, submission_id, sort_order, reporting_department_code" },
        { "v_target_evaluation", "programme, target_no, target_text, area, unit_code, achieved, result_text, source_file, source_sheet, source_cell, unit_name, target_code, area_code, verdict_text, text_cell, is_sample, report_date, submission_id" },
        { "v_org_count", "unit_code, unit_name, section, section_title, measure_code, measure_name, sector, owner_level, period, value, source_file, source_sheet, source_cell, is_sample" },
        { "v_load_reject", "source_file, source_sheet, source_cell, reason, loaded_at, load_id" },
        { "v_load_note", "source_file, source_sheet, source_cell, note, loaded_at, load_id, note_no" },
        { "v_rejected_value", "unit_code, indicator_code, year, source_file, source_sheet, source_cell, reason, submission_id, loaded_at" },
        { "v_load", "load_id, file_name, status, reject_reason, loaded_at, submissions, indicator_facts, target_facts, org_count_facts, rejects, active_submissions, content_hash, size_bytes, modified_utc" },
        { "v_submission", "submission_id, source_file, appendix, unit_code, unit_name, department_code, department_name, sheet, report_date, effective_date, is_sample, status, superseded_by_file, superseded_by, load_id" },
        { "v_completeness", "unit_code, unit_name, appendix, year, reported, facts, sample_facts" },
        { "v_rule_violation", "rule_code, rule_kind, importance, description, unit_code, unit_name, year, indicator_code, indicator_name, value, compared_value, limit_value, source_file, source_sheet, source_cell, compared_source, instruction, is_sample, is_partial_year, submission_id, rule_sort_order" },
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public void View_has_its_documented_columns_in_order(string view, string columns)
    {
        var actual = warehouse.Db.Connection.Query<string>(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = $view ORDER BY column_index", new { view });

        Assert.Equal(columns.Split(", "), actual);
    }

    [Fact]
    public void Every_view_is_documented()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "WAREHOUSE.md"));
        foreach (var (view, columns) in Columns.Select(row => ((string)row[0], (string)row[1])))
        {
            Assert.Contains($"## {view}", doc);
            foreach (var column in columns.Split(", "))
                Assert.Contains($"| `{column}` |", SectionOf(doc, view));
        }
    }

    private static string SectionOf(string doc, string view)
    {
        var start = doc.IndexOf($"## {view}", StringComparison.Ordinal);
        var end = doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? doc[start..] : doc[start..end];
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CCHC.Analytics.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
