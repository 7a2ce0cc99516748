using CCHC.Etl.Loading;
using CCHC.Etl.Tests.Builders;
using CCHC.Warehouse;
using Dapper;

namespace CCHC.Etl.Tests.Loading;

/// <summary>The acceptance check of the foundation: data/workbooks loads cleanly and holds what the README promises.</summary>
public sealed class ShippedDataTests : IClassFixture<ShippedDataTests.Loaded>
{
    public sealed class Loaded : IDisposable
    {
        readonly TempDirectory dir = new();
        public string Warehouse { get; }
        public LoadRun Run { get; }

        public Loaded()
        {
            Warehouse = dir.File("w.duckdb");
            Run = new FolderLoader(Interpret.Catalogue).Load(Repo.Workbooks, Warehouse);
        }

        public void Dispose() => dir.Dispose();
    }

    readonly Loaded loaded;
    public ShippedDataTests(Loaded loaded) => this.loaded = loaded;

    List<T> Query<T>(string sql)
    {
        using var db = WarehouseDatabase.OpenReadOnly(loaded.Warehouse);
        return db.Connection.Query<T>(sql).ToList();
    }

    [Fact]
    public void Every_shipped_file_loads_with_exit_code_0()
    {
        Assert.Equal(0, loaded.Run.ExitCode);
        Assert.Empty(Query<string>("select reason from v_load_reject"));
    }

    [Fact]
    public void All_11_district_level_units_report_years_2015_to_2020_for_appendices_1_to_8()
    {
        Assert.Equal(11, Query<long>("select count(distinct unit_code) from v_indicator_value where unit_code <> '52'").Single());
        Assert.Equal([2015, 2016, 2017, 2018, 2019, 2020], Query<int>("select distinct year from v_indicator_value order by year"));
        var appendices = Query<string>(
            "select appendix from v_indicator_value union select 'PL4' from v_org_count union " +
            "select 'PL8' from v_target_evaluation where programme = '2011-2020' order by 1");
        Assert.Equal(["PL1", "PL2", "PL3", "PL4", "PL5", "PL6", "PL7", "PL8"], appendices);
    }

    [Fact]
    public void The_province_holds_22_targets_of_2011_2025_with_exactly_7_missed()
    {
        var rows = Query<(int TargetNo, bool Achieved, bool IsSample)>(
            "select target_no, achieved, is_sample from v_target_evaluation where programme = '2011-2025' and unit_code = '52' order by target_no");

        Assert.Equal(22, rows.Count);
        Assert.Equal([4, 6, 11, 14, 16, 17, 21], rows.Where(r => !r.Achieved).Select(r => r.TargetNo));
        Assert.All(rows, r => Assert.False(r.IsSample));
    }

    [Fact]
    public void Sample_values_are_flagged_and_every_value_names_its_file_sheet_and_cell()
    {
        Assert.Equal(0L, Query<long>("select count(*) from v_indicator_value where not is_sample").Single());
        Assert.Equal(0L, Query<long>(
            "select count(*) from v_indicator_value where source_file is null or source_sheet is null or source_cell is null").Single());
    }

    [Fact]
    public void The_corrected_resubmission_replaced_the_first_copy()
    {
        Assert.Equal(["PL3_TaySon.xlsx"], Query<string>("select source_file from v_submission where status = 'superseded'"));
        Assert.Equal(0L, Query<long>("select count(*) from v_indicator_value where source_file = 'PL3_TaySon.xlsx'").Single());
    }

    [Fact]
    public void Units_that_left_a_year_empty_have_no_value_for_it_never_zero()
    {
        var missing = Query<string>(
            "select unit_name from v_completeness where appendix = 'PL7' and year = 2017 and not reported order by unit_name");
        Assert.Equal(["An Lão", "Vĩnh Thạnh"], missing);
    }
}
