using CCHC.Etl.Loading;
using CCHC.Etl.Tests.Builders;
using CCHC.Warehouse;
using Dapper;

namespace CCHC.Etl.Tests.Loading;

public class FolderLoaderTests
{
    static string TaySonPl3(TempDirectory dir, string name, string date, int value2019) =>
        new WorkbookBuilder().Sheet("PL3", Appendix3.With(
            ["1.", "Tổng số TTHC của tỉnh", null],
            ["-", "Số lượng TTHC cấp huyện", 250, 260, 270, 280, value2019, 300]).ToArray()
            .Select((row, i) => i == 4 ? new object?[] { $"(Kèm theo Báo cáo số 45/BC-UBND ngày {date} của UBND huyện Tây Sơn)" } : row).ToArray())
        .Save(dir.Path, name);

    static LoadRun Load(TempDirectory input, string warehouse) =>
        new FolderLoader(Interpret.Catalogue).Load(input.Path, warehouse);

    static T Scalar<T>(string warehouse, string sql, object? args = null)
    {
        using var db = WarehouseDatabase.OpenReadOnly(warehouse);
        return db.Connection.ExecuteScalar<T>(sql, args)!;
    }

    static string Snapshot(string warehouse)
    {
        using var db = WarehouseDatabase.OpenReadOnly(warehouse);
        // Every table, whole; a second load that wrote anything (even a timestamp) would show here.
        var parts = new[] { "load_file", "load_submission", "submission_status", "load_restore", "load_reject", "reported_indicator_value",
                "reported_target_evaluation", "reported_org_count", "fact_indicator_value", "fact_target_evaluation", "fact_org_count", "meta" }
            .Select(t => string.Join("\n", db.Connection.Query($"select * from {t} order by all")
                .Select(r => string.Join("|", ((IDictionary<string, object>)r).Values))));
        return string.Join("\n--\n", parts);
    }

    [Fact]
    public void Loading_the_same_folder_twice_leaves_the_warehouse_unchanged()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        var warehouse = output.File("w.duckdb");
        TaySonPl3(input, "PL3_TaySon.xlsx", "15/4/2020", 290);

        var first = Load(input, warehouse);
        var before = Snapshot(warehouse);
        var second = Load(input, warehouse);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("unchanged", Assert.Single(second.Files).Status);
        Assert.Equal(before, Snapshot(warehouse));
        Assert.Equal(6L, Scalar<long>(warehouse, "select count(*) from v_indicator_value"));
    }

    [Fact]
    public void Resubmission_with_later_report_date_replaces_older_whichever_arrives_first()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        var warehouse = output.File("w.duckdb");
        TaySonPl3(input, "b_corrected.xlsx", "20/4/2020", 295);
        var firstRun = Load(input, warehouse);
        TaySonPl3(input, "a_original.xlsx", "15/4/2020", 290);

        var secondRun = Load(input, warehouse);

        Assert.Equal(0, firstRun.ExitCode);
        Assert.Equal(0, secondRun.ExitCode);
        Assert.Equal(295.0, Scalar<double>(warehouse,
            "select value from v_indicator_value where unit_code = '547' and indicator_code = 'PL3.1.2' and year = 2019"));
        Assert.Equal("b_corrected.xlsx", Scalar<string>(warehouse,
            "select source_file from v_indicator_value where unit_code = '547' and indicator_code = 'PL3.1.2' and year = 2019"));
        Assert.Equal("a_original.xlsx", Scalar<string>(warehouse, "select source_file from v_submission where status = 'superseded'"));
        Assert.Equal(0L, Scalar<long>(warehouse,
            "select count(*) from (select unit_code, indicator_code, year from v_indicator_value group by all having count(*) > 1)"));
    }

    [Fact]
    public void A_corrupt_file_beside_good_ones_is_one_rejection_and_the_rest_load()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        var warehouse = output.File("w.duckdb");
        TaySonPl3(input, "PL3_TaySon.xlsx", "15/4/2020", 290);
        File.WriteAllBytes(input.File("PL5_AnLao.xlsx"), File.ReadAllBytes(input.File("PL3_TaySon.xlsx"))[..700]);

        var run = Load(input, warehouse);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(1, run.Rejected);
        Assert.Equal(6L, Scalar<long>(warehouse, "select count(*) from v_indicator_value"));
        var reason = Scalar<string>(warehouse, "select reason from v_load_reject where source_file = 'PL5_AnLao.xlsx'");
        Assert.Contains("hỏng", reason);
    }

    [Fact]
    public void Rows_rejected_inside_a_loaded_file_are_listed_with_their_cells_and_exit_code_is_2()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        var warehouse = output.File("w.duckdb");
        new WorkbookBuilder().Sheet("PL3", Appendix3.With(["1.", "Tổng số TTHC của tỉnh", 1800, "abc"])).Save(input.Path, "PL3_PhuCat.xlsx");

        var run = Load(input, warehouse);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("D7", Scalar<string>(warehouse, "select source_cell from v_load_reject where source_file = 'PL3_PhuCat.xlsx'"));
        Assert.Equal(1L, Scalar<long>(warehouse, "select count(*) from v_indicator_value where unit_code = '547'"));
    }

    [Fact]
    public void A_value_cell_that_cannot_be_read_is_a_rejected_value_of_its_unit_indicator_and_year()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        var warehouse = output.File("w.duckdb");
        new WorkbookBuilder().Sheet("PL3", Appendix3.With(["1.", "Tổng số TTHC của tỉnh", 1800, "abc"])).Save(input.Path, "PL3_PhuCat.xlsx");

        Load(input, warehouse);

        using var db = WarehouseDatabase.OpenReadOnly(warehouse);
        var rejected = db.Connection.Query<(string Unit, string Indicator, int Year, string Cell)>(
            "select unit_code, indicator_code, year, source_cell from v_rejected_value").Single();
        var kept = db.Connection.Query<(string Indicator, int Year)>("select indicator_code, year from v_indicator_value where source_file = 'PL3_PhuCat.xlsx'").Single();
        // The cell right of the one that loaded: same indicator, the next year.
        Assert.Equal(("547", kept.Indicator, kept.Year + 1, "D7"), rejected); // the builder's heading names Tây Sơn
    }
}
