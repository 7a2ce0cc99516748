using Dapper;

namespace CCHC.Warehouse.Tests;

public sealed class ViewContentTests(LoadedWarehouse warehouse) : IClassFixture<LoadedWarehouse>
{
    private T Scalar<T>(string sql) => warehouse.Db.Connection.ExecuteScalar<T>(sql)!;

    [Theory]
    [InlineData(2015, "huyện")]
    [InlineData(2019, "huyện")]
    [InlineData(2020, "thị xã")]
    public void Hoai_Nhon_is_a_district_to_2019_and_a_town_from_2020(int year, string kind)
    {
        var actual = warehouse.Db.Connection.ExecuteScalar<string>(
            "SELECT unit_kind FROM v_indicator_value WHERE unit_code = '543' AND indicator_code = 'PL3.1.1' AND year = $year",
            new { year });

        Assert.Equal(kind, actual);
    }

    [Fact]
    public void Indicator_values_carry_names_and_their_file_sheet_and_cell()
    {
        var row = warehouse.Db.Connection.QuerySingle(
            "SELECT * FROM v_indicator_value WHERE unit_code = '543' AND indicator_code = 'PL3.1.2' AND year = 2020");

        Assert.Equal("Hoài Nhơn", (string)row.unit_name);
        Assert.Equal("PL3", (string)row.appendix);
        Assert.Equal("Tỷ lệ hồ sơ đúng hạn", (string)row.indicator_name);
        Assert.Equal("Cải cách thủ tục hành chính", (string)row.area);
        Assert.Equal("percent", (string)row.unit_of_measure);
        Assert.Equal(95.0, (double)row.value);
        Assert.True((bool)row.is_partial_year);
        Assert.Equal("hoai-nhon-2020.xlsx", (string)row.source_file);
        Assert.Equal("PL3 - Hoài Nhơn", (string)row.source_sheet);
        Assert.Equal("D19", (string)row.source_cell);
        Assert.Equal("PL3.1", (string)row.parent_code);
        Assert.Equal(new DateOnly(2020, 4, 15), (DateOnly)row.report_date);
    }

    [Fact]
    public void Superseded_draft_values_are_gone_even_for_years_the_new_report_lacks()
    {
        Assert.Equal(0L, Scalar<long>("SELECT count(*) FROM v_indicator_value WHERE source_file = 'hoai-nhon-draft.xlsx'"));
        Assert.Equal("hoai-nhon-2020.xlsx", Scalar<string>("SELECT superseded_by_file FROM v_submission WHERE source_file = 'hoai-nhon-draft.xlsx'"));
    }

    [Fact]
    public void Target_verdicts_point_at_the_verdict_cell()
    {
        var row = warehouse.Db.Connection.QuerySingle(
            "SELECT * FROM v_target_evaluation WHERE unit_code = '543' AND target_no = 2");

        Assert.Equal("2011-2020", (string)row.programme);
        Assert.Equal("Thủ tục hành chính được cải cách", (string)row.target_text);
        Assert.Equal("Cải cách thủ tục hành chính", (string)row.area);
        Assert.False((bool)row.achieved);
        Assert.Equal("Không đạt", (string)row.verdict_text);
        Assert.Equal(("hoai-nhon-2020.xlsx", "PL8", "F10", "C10"),
            ((string)row.source_file, (string)row.source_sheet, (string)row.source_cell, (string)row.text_cell));
    }

    [Fact]
    public void Org_counts_carry_their_measure_and_cell()
    {
        var row = warehouse.Db.Connection.QuerySingle(
            "SELECT * FROM v_org_count WHERE unit_code = '543' AND measure_code = 'PL4.III.1'");

        Assert.Equal(("III", "Giáo dục | tỉnh", "Giáo dục", "province"),
            ((string)row.section, (string)row.measure_name, (string)row.sector, (string)row.owner_level));
        Assert.Equal(("2011-2020", 3.0), ((string)row.period, (double)row.value));
        Assert.Equal(("hoai-nhon-2020.xlsx", "PL4", "D10"), ((string)row.source_file, (string)row.source_sheet, (string)row.source_cell));
    }

    [Fact]
    public void Rejects_name_their_file_sheet_and_cell()
    {
        var rejects = warehouse.Db.Connection.Query<(string, string?, string?, string)>(
            "SELECT source_file, source_sheet, source_cell, reason FROM v_load_reject ORDER BY source_file").ToList();

        Assert.Equal(
            [("hoai-nhon-2020.xlsx", "PL3 - Hoài Nhơn", "E20", "Not a number: 'đang cập nhật'"), ("scan.pdf.xlsx", null, null, "Not a workbook")],
            rejects);
    }

    [Fact]
    public void Load_counts_what_each_file_holds_now()
    {
        var loads = warehouse.Db.Connection.Query<(string, string, long, long, long, long, long)>(
            "SELECT file_name, status, submissions, indicator_facts, target_facts, org_count_facts, rejects FROM v_load ORDER BY file_name")
            .ToList();

        Assert.Equal(
            [
                ("hoai-nhon-2020.xlsx", "loaded", 3L, 12L, 2L, 3L, 1L),
                ("hoai-nhon-draft.xlsx", "loaded", 1L, 0L, 0L, 0L, 0L),
                ("mau-tinh.xlsx", "loaded", 1L, 2L, 0L, 0L, 0L),
                ("quy-nhon.xlsx", "loaded", 3L, 2L, 1L, 0L, 0L),
                ("scan.pdf.xlsx", "rejected", 0L, 0L, 0L, 0L, 1L),
                ("snv.xlsx", "loaded", 1L, 1L, 0L, 0L, 0L), // its 2019 value lost to the newer VPUBND report
                ("vpubnd.xlsx", "loaded", 1L, 1L, 0L, 0L, 0L),
            ],
            loads);
    }

    [Fact]
    public void Completeness_covers_every_unit_indicator_appendix_and_year()
    {
        // 3 units × 2 indicator appendices (PL1, PL3) in the test catalogue × 2015–2020.
        Assert.Equal(36L, Scalar<long>("SELECT count(*) FROM v_completeness"));
        var hoaiNhonPl3 = warehouse.Db.Connection.Query<(int, bool, long)>(
            "SELECT year, reported, facts FROM v_completeness WHERE unit_code = '543' AND appendix = 'PL3' ORDER BY year");
        Assert.All(hoaiNhonPl3, cell => Assert.Equal((true, 2L), (cell.Item2, cell.Item3)));
        Assert.False(Scalar<bool>("SELECT reported FROM v_completeness WHERE unit_code = '543' AND appendix = 'PL1' AND year = 2019"));
        Assert.Equal((true, 2L, 2L), warehouse.Db.Connection.QuerySingle<(bool, long, long)>(
            "SELECT reported, facts, sample_facts FROM v_completeness WHERE unit_code = '52' AND appendix = 'PL3' AND year = 2017"));
    }
}
