using CCHC.Warehouse.Queries;

namespace CCHC.Warehouse.Tests;

/// <summary>The dashboard's questions asked of the real seed (data/workbooks), answers pinned exactly.</summary>
public sealed class ShippedDataQueryTests(ShippedWarehouse warehouse) : IClassFixture<ShippedWarehouse>
{
    private DashboardQueries Queries => warehouse.Queries;

    [Fact]
    public async Task The_scope_is_Binh_Dinh_its_11_units_and_the_catalogues_years_2015_to_2020_with_2020_to_31_3()
    {
        var scope = await Queries.ReportScopeAsync();

        Assert.Equal(new ReportScope("52", "Bình Định", 11, scope.DistrictKinds, 2015, 2020, 2020, "31/3", "2011-2020;2011-2025"), scope);
        Assert.Equal(["huyện", "thành phố", "thị xã"], scope.KindsOfDistricts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_province_met_15_of_the_22_targets_of_2011_2025()
    {
        var tally = Assert.Single(await Queries.TargetTalliesAsync(), tally => tally.Programme == "2011-2025");

        Assert.Equal(new TargetTally("2011-2025", "52", "Bình Định", 15, 7, 0, 22, IsSample: false), tally);
        var missed = (await Queries.TargetEvaluationsAsync("2011-2025", null, ["52"])).Where(evaluation => !evaluation.Achieved);
        Assert.Equal([4, 6, 11, 14, 16, 17, 21], missed.Select(evaluation => evaluation.TargetNo));
    }

    [Fact]
    public async Task Every_unit_judged_all_16_targets_of_2011_2020()
    {
        var tallies = (await Queries.TargetTalliesAsync()).Where(tally => tally.Programme == "2011-2020").ToList();

        Assert.Equal(12, tallies.Count);
        Assert.Equal("52", tallies[0].UnitCode);
        Assert.All(tallies, tally => Assert.Equal((16L, 0L, 16L), (tally.Achieved + tally.Missed, tally.NotEvaluated, tally.TotalTargets)));
    }

    [Fact]
    public async Task Hoai_An_is_the_only_unit_that_has_not_sent_an_appendix_Phu_luc_6()
    {
        var reporting = await Queries.ReportingAsync();

        Assert.Equal(12 * 8 + 1, reporting.Count);
        var missing = Assert.Single(reporting, row => !row.Reported);
        Assert.Equal(("544", "Hoài Ân", "PL6"), (missing.UnitCode, missing.UnitName, missing.Appendix));
        Assert.Equal(["PL6"], (await Queries.MissingAppendicesAsync("544")).Select(appendix => appendix.Code));
        Assert.Empty(await Queries.MissingAppendicesAsync("52"));
    }

    [Fact]
    public async Task An_Lao_and_Vinh_Thanh_left_Phu_luc_7_of_2017_empty()
    {
        var unreported = (await Queries.CompletenessAsync(2017, 2017)).Where(cell => !cell.Reported);

        Assert.Equal([("542", "An Lão", "PL7"), ("544", "Hoài Ân", "PL6"), ("546", "Vĩnh Thạnh", "PL7")],
            unreported.Select(cell => (cell.UnitCode, cell.UnitName, cell.Appendix)));
        // The 7 PL7 rows the other 10 units answered are An Lão's gaps; PL3.4.6 and PL7.2–7.4 nobody answered before
        // 2018/2019 (rows added later), PL5.4 only the province did.
        var gaps = await Queries.GapsAsync("542", 2017, 2017);
        Assert.Equal(
            [("PL3.4.6", 0L), ("PL5.4", 1L), ("PL7.1", 10L), ("PL7.2", 0L), ("PL7.3", 0L), ("PL7.4", 0L), ("PL7.5", 10L), ("PL7.6", 10L),
             ("PL7.10", 10L), ("PL7.11", 10L), ("PL7.12", 10L), ("PL7.13", 10L)],
            gaps.Select(gap => (gap.IndicatorCode, gap.UnitsReporting)));
    }

    [Fact]
    public async Task The_district_mean_of_a_percentage_stands_on_the_units_that_reported()
    {
        var aggregate = await Queries.DistrictAggregateAsync("PL7.1", 2015, 2019, includePartial: true);

        Assert.Equal([11L, 11L, 9L, 11L, 11L], aggregate.Select(point => point.UnitsReporting));
        Assert.All(aggregate, point => Assert.Equal("mean", point.Method));
        Assert.Equal(536.5 / 9, aggregate[2].Value, precision: 9);
    }

    [Fact]
    public async Task Leaving_out_the_partial_year_drops_2020()
    {
        var all = await Queries.ValuesAsync(null, null, 2015, 2020, includePartial: true);
        var fullYears = await Queries.ValuesAsync(null, null, 2015, 2020, includePartial: false);

        Assert.Equal(4277, all.Count);
        Assert.Equal(4277 - 767, fullYears.Count);
        Assert.All(all.Where(point => point.Year == 2020), point => Assert.True(point.IsPartialYear));
        Assert.DoesNotContain(fullYears, point => point.Year == 2020);
    }

    [Fact]
    public async Task Status_says_what_the_seed_holds()
    {
        var status = await Queries.StatusAsync();

        Assert.Equal(
            (46L, 0L, 4277L, 214L, 216L, 12L, (int?)2015, (int?)2020, true, true),
            (status.Files, status.RejectedFiles, status.IndicatorFacts, status.TargetFacts, status.OrgCountFacts, status.Units,
             status.FirstYear, status.LastYear, status.HasSample, status.HasOfficial));
    }

    [Fact]
    public async Task Units_list_the_province_and_its_11_district_level_units()
    {
        var units = await Queries.UnitsAsync();

        Assert.Equal(["52", "540", "542", "543", "544", "545", "546", "547", "548", "549", "550", "551"], units.Select(unit => unit.Code));
        Assert.Equal("thị xã", units.Single(unit => unit.Code == "543").CurrentKind);
    }

    [Fact]
    public async Task The_Tay_Son_resubmission_replaced_the_first_copy()
    {
        var superseded = Assert.Single(await Queries.SubmissionsAsync(), submission => submission.Status == "superseded");

        Assert.Equal(("PL3_TaySon.xlsx", "PL3_TaySon_bo-sung.xlsx"), (superseded.SourceFile, superseded.SupersededByFile));
    }
}
