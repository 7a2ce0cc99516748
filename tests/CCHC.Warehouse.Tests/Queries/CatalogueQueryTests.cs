using CCHC.Warehouse.Queries;

namespace CCHC.Warehouse.Tests;

public sealed class CatalogueQueryTests(QueryWarehouse warehouse) : IClassFixture<QueryWarehouse>
{
    private DashboardQueries Queries => warehouse.Queries;

    [Fact]
    public async Task Units_list_the_province_first_with_the_kind_each_has_now()
    {
        Assert.Equal(
            [
                new UnitInfo("52", "Bình Định", "province", "urban", "tỉnh"),
                new UnitInfo("540", "Quy Nhơn", "district", "urban", "thành phố"),
                new UnitInfo("543", "Hoài Nhơn", "district", "plain", "thị xã"),
                new UnitInfo("544", "Hoài Ân", "district", "plain", "huyện"),
            ],
            await Queries.UnitsAsync());
    }

    [Fact]
    public async Task The_scope_names_the_province_its_units_the_catalogues_years_and_the_programmes()
    {
        var scope = await Queries.ReportScopeAsync();

        Assert.Equal(new ReportScope("52", "Bình Định", 3, scope.DistrictKinds, 2015, 2020, 2020, "31/3", "2011-2020;2011-2025"), scope);
        Assert.Equal(["huyện", "thành phố", "thị xã"], scope.KindsOfDistricts.Order(StringComparer.Ordinal));
        Assert.Equal(["2011-2025", "2011-2020"], scope.ProgrammeList);
    }

    [Fact]
    public async Task Without_a_reporting_period_the_scope_and_the_completeness_take_the_years_the_facts_hold()
    {
        using var temp = new TempWarehouse();
        using (var db = temp.OpenForWrite())
        {
            CatalogueSync.Apply(db.Connection, TestCatalogue.Build());
            new FileLoader(db.Connection).Apply(new FileBuilder("quy-nhon.xlsx")
                .With(new SubmissionBuilder("PL1", TestCatalogue.QuyNhon).Sample()
                    .Indicator("PL1.1", 2018, 4).Indicator("PL1.1", 2020, 2, partial: true)).Build());
        }
        var queries = new DashboardQueries(new WarehouseReader(temp.Path));

        var scope = await queries.ReportScopeAsync();

        Assert.Equal((2018, 2020, 2020, (string?)null), (scope.FirstYear, scope.LastYear, scope.PartialYear, scope.PartialUntil));
        Assert.Equal([2018, 2019, 2020], (await queries.CompletenessAsync(1900, 2200)).Select(c => c.Year).Distinct().Order());
    }

    [Fact]
    public async Task Areas_and_appendices_come_in_the_plans_order()
    {
        Assert.Equal(["CDDH", "TTHC", "TCBM"], (await Queries.AreasAsync()).Select(area => area.Code));
        Assert.Equal(new AreaInfo("TTHC", "Cải cách thủ tục hành chính", 3), (await Queries.AreasAsync())[1]);
        Assert.Equal(["PL1", "PL3", "PL4", "PL8", "PL9"], (await Queries.AppendicesAsync()).Select(appendix => appendix.Code));
        Assert.Equal(new AppendixInfo("PL8", 8, "Mục tiêu 2011-2020", "target", "2011-2020", null), (await Queries.AppendicesAsync())[3]);
    }

    [Fact]
    public async Task Indicators_leave_out_headings_and_count_their_active_values()
    {
        var indicators = await Queries.IndicatorsAsync();

        Assert.Equal(
            [("PL1.1", 6L), ("PL1.2", 3L), ("PL1.3", 1L), ("PL3.1.1", 3L), ("PL3.1.2", 2L)],
            indicators.Select(indicator => (indicator.Code, indicator.ValueCount)));
        Assert.Equal(
            new IndicatorInfo("PL3.1.2", "PL3", "Thủ tục hành chính", "-", "Tỷ lệ hồ sơ đúng hạn", "PL3.1", "Thủ tục hành chính",
                "TTHC", "Cải cách thủ tục hành chính", "percent", "both", 3, 2),
            indicators[4]);
        Assert.Equal(("province", null, null), (indicators[2].AppliesTo, indicators[2].ParentCode, indicators[2].ParentLabel));
    }

    [Fact]
    public async Task The_target_catalogue_lists_every_target_judged_or_not()
    {
        var targets = await Queries.TargetCatalogueAsync();

        Assert.Equal(
            [("PL8.1", 2L), ("PL8.2", 1L), ("PL9.1", 1L), ("PL9.2", 1L), ("PL9.3", 1L)],
            targets.Select(target => (target.Code, target.Evaluations)));
        Assert.Equal(
            new TargetInfo("PL9.2", "2011-2025", "PL9", 2, "100% TTHC trực tuyến toàn trình", "TTHC", "Cải cách thủ tục hành chính", 1),
            targets[3]);
    }
}
