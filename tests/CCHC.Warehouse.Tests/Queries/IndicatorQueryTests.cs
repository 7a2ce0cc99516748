using CCHC.Warehouse.Queries;

namespace CCHC.Warehouse.Tests;

public sealed class IndicatorQueryTests(QueryWarehouse warehouse) : IClassFixture<QueryWarehouse>
{
    private DashboardQueries Queries => warehouse.Queries;

    [Fact]
    public async Task Values_carry_their_unit_year_and_cell()
    {
        var point = Assert.Single(await Queries.ValuesAsync(["PL1.1"], [QueryWarehouse.HoaiAn], 2015, 2020, includePartial: true));

        Assert.Equal(new IndicatorPoint("544", "Hoài Ân", "PL1.1", 2019, 5, false, "hoai-an.xlsx", "PL1", "E8", true, "5"), point);
    }

    [Fact]
    public async Task Values_filter_by_indicator_and_unit_lists_ordered_by_indicator_unit_and_year()
    {
        var points = await Queries.ValuesAsync(["PL1.1", "PL1.2"], ["540", "544"], 2015, 2020, includePartial: true);

        Assert.Equal(
            [("PL1.1", "540", 2018), ("PL1.1", "540", 2019), ("PL1.1", "540", 2020), ("PL1.1", "544", 2019),
             ("PL1.2", "540", 2019), ("PL1.2", "540", 2020)],
            points.Select(point => (point.IndicatorCode, point.UnitCode, point.Year)));
    }

    [Fact]
    public async Task Null_and_empty_lists_mean_every_indicator_and_unit()
    {
        var all = await Queries.ValuesAsync(null, null, 2015, 2020, includePartial: true);

        Assert.Equal(15, all.Count);
        Assert.Equal(all, await Queries.ValuesAsync([], [], 2015, 2020, includePartial: true));
        Assert.Equal(["52", "540", "543", "544"],
            (await Queries.ValuesAsync(["PL1.1"], [], 2019, 2019, includePartial: true)).Select(point => point.UnitCode));
    }

    [Fact]
    public async Task Years_are_inclusive_and_the_first_quarter_of_2020_can_be_left_out()
    {
        var withPartial = await Queries.ValuesAsync(["PL1.1"], ["540"], 2019, 2020, includePartial: true);
        var withoutPartial = await Queries.ValuesAsync(["PL1.1"], ["540"], 2019, 2020, includePartial: false);

        Assert.Equal([(2019, false), (2020, true)], withPartial.Select(point => (point.Year, point.IsPartialYear)));
        Assert.Equal([2019], withoutPartial.Select(point => point.Year));
    }

    [Fact]
    public async Task A_value_nobody_reported_has_no_row_while_a_reported_zero_does()
    {
        // Hoài Ân's draft answered PL1.2, its report did not; Hoài Nhơn answered 0 ("không").
        var points = await Queries.ValuesAsync(["PL1.2"], ["543", QueryWarehouse.HoaiAn], 2019, 2019, includePartial: true);

        Assert.Equal([("543", 0.0)], points.Select(point => (point.UnitCode, point.Value)));
    }

    [Fact]
    public async Task Counts_sum_over_the_districts_without_the_province()
    {
        var aggregate = await Queries.DistrictAggregateAsync("PL1.1", 2015, 2020, includePartial: true);

        Assert.Equal(
            [
                new AggregatePoint(2018, 4, 1, "sum", false),
                new AggregatePoint(2019, 6 + 10 + 5, 3, "sum", false), // the province's 50 is not a district's
                new AggregatePoint(2020, 2, 1, "sum", true),
            ],
            aggregate);
        Assert.Equal([2018, 2019], (await Queries.DistrictAggregateAsync("PL1.1", 2015, 2020, includePartial: false)).Select(point => point.Year));
    }

    [Fact]
    public async Task Percentages_average_and_yes_no_becomes_the_share_of_units_answering_yes()
    {
        Assert.Equal([new AggregatePoint(2019, 85, 2, "mean", false)],
            await Queries.DistrictAggregateAsync("PL3.1.2", 2015, 2020, includePartial: true));
        Assert.Equal([new AggregatePoint(2019, 50, 2, "mean", false), new AggregatePoint(2020, 100, 1, "mean", true)],
            await Queries.DistrictAggregateAsync("PL1.2", 2015, 2020, includePartial: true));
    }

    [Fact]
    public async Task A_province_only_indicator_has_no_district_aggregate() =>
        Assert.Empty(await Queries.DistrictAggregateAsync("PL1.3", 2015, 2020, includePartial: true));

    [Fact]
    public async Task Gaps_are_expected_rows_without_a_value_in_appendices_the_unit_sent()
    {
        var gaps = await Queries.GapsAsync(TestCatalogue.HoaiNhon, 2018, 2020);

        // PL1.3 is the province's; PL4 and PL8 have no indicator rows.
        // UnitsReporting: Quy Nhơn answered PL1.1 in 2018 and 2020, and PL1.2 in 2020.
        Assert.Equal(
            [("PL1.1", 2018, 1L), ("PL1.1", 2020, 1L), ("PL1.2", 2018, 0L), ("PL1.2", 2020, 1L), ("PL3.1.1", 2020, 0L),
             ("PL3.1.2", 2018, 0L), ("PL3.1.2", 2020, 0L)],
            gaps.Select(gap => (gap.IndicatorCode, gap.Year, gap.UnitsReporting)));
        Assert.Equal(new IndicatorGap("PL3.1.2", "Tỷ lệ hồ sơ đúng hạn", "PL3", 2018, 0), gaps[5]);
    }

    [Fact]
    public async Task An_appendix_never_sent_is_not_listed_row_by_row()
    {
        Assert.Equal([("PL1.2", 2019)], (await Queries.GapsAsync(QueryWarehouse.HoaiAn, 2019, 2019)).Select(gap => (gap.IndicatorCode, gap.Year)));
        Assert.Equal([("PL1.2", 2019)], (await Queries.GapsAsync(TestCatalogue.Province, 2019, 2019)).Select(gap => (gap.IndicatorCode, gap.Year)));
        Assert.Empty(await Queries.GapsAsync("999", 2019, 2019));
    }

    [Fact]
    public async Task Org_counts_come_by_unit_measure_and_period()
    {
        var counts = await Queries.OrgCountsAsync(null);

        Assert.Equal(
            [("PL4.I.1", "2001-2010", 14.0), ("PL4.I.1", "2011-2020", 12.0), ("PL4.III.1", "2011-2020", 3.0)],
            counts.Select(count => (count.MeasureCode, count.Period, count.Value)));
        Assert.Equal(
            new OrgCount("543", "Hoài Nhơn", "III", "Đơn vị sự nghiệp", "PL4.III.1", "Giáo dục | tỉnh", "Giáo dục", "province",
                "2011-2020", 3, "hoai-nhon.xlsx", "PL4", "D8", true),
            counts[2]);
        Assert.Empty(await Queries.OrgCountsAsync([TestCatalogue.QuyNhon]));
        Assert.Equal(3, (await Queries.OrgCountsAsync([])).Count);
    }
}
