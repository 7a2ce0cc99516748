using CCHC.Dashboard.Charts.Apex;
using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Pages;
using CCHC.Dashboard.Slicers;

namespace CCHC.Dashboard.Tests.Charts;

public sealed class ChartBookTests(ShippedChartBook shipped) : IClassFixture<ShippedChartBook>
{
    [Fact]
    public async Task Every_chart_of_the_standard_set_builds_with_numbers_under_its_own_id()
    {
        var book = shipped.NewBook();
        var ids = await book.StandardSetAsync();

        Assert.Equal(["area-2011-2025", "area-2011-2020"], ids.Take(2));
        Assert.Contains("trend", ids);
        Assert.Contains("key-PL3.5.2", ids);
        foreach (var id in ids)
        {
            var spec = await book.BuildAsync(id, Selection.Default);
            Assert.NotNull(spec);
            Assert.Equal(id, spec.Id);
            Assert.False(spec.IsEmpty, $"{id} has no values");
        }
    }

    [Fact]
    public async Task The_real_2011_2025_evaluation_gives_15_achieved_and_7_missed_and_is_not_sample()
    {
        var spec = await shipped.NewBook().BuildAsync(ChartBook.ShareId("2011-2025"), Selection.Default);

        Assert.NotNull(spec);
        Assert.False(spec.IsSample);
        Assert.Equal([15d, 7d], spec.Series.Single().Points.Select(p => p.Value!.Value));
    }

    [Fact]
    public async Task The_trend_draws_the_chosen_units_beside_the_district_aggregate()
    {
        var selection = Selection.FromQuery("?indicator=PL7.1&units=540,547&from=2016");
        var spec = await shipped.NewBook().BuildAsync(ChartBook.Trend, selection);

        Assert.NotNull(spec);
        Assert.Equal(["2016", "2017", "2018", "2019", "2020"], spec.Categories);
        Assert.Equal(["Trung bình các huyện, thị xã, thành phố", "Quy Nhơn", "Tây Sơn"], spec.Series.Select(s => s.Name));
        Assert.Equal("2020", spec.PartialCategory);
    }

    [Fact]
    public async Task A_unit_trend_needs_exactly_one_unit_and_an_unknown_id_builds_nothing()
    {
        var book = shipped.NewBook();

        Assert.Null(await book.BuildAsync(ChartBook.UnitTrendId("PL3.5.2"), Selection.Default));
        Assert.NotNull(await book.BuildAsync(ChartBook.UnitTrendId("PL3.5.2"), Selection.FromQuery("?units=547")));
        Assert.Null(await book.BuildAsync("no-such-chart", Selection.Default));
        Assert.Null(await book.BuildAsync(ChartBook.KeyId("PL99.9"), Selection.Default));
    }

    [Fact]
    public async Task The_comparison_uses_the_latest_full_year_unless_one_year_is_chosen()
    {
        var book = shipped.NewBook();

        var byDefault = await book.BuildAsync(ChartBook.Ranking, Selection.Default);
        var in2017 = await book.BuildAsync(ChartBook.Ranking, Selection.FromQuery("?from=2017&to=2017"));

        Assert.Contains("năm 2019", byDefault!.Subtitle);
        Assert.Contains("năm 2017", in2017!.Subtitle);
        Assert.Equal(11, byDefault.Categories.Count);
    }

    [Theory]
    [InlineData("2011-2025", "")]
    [InlineData("2011-2020", "")]
    [InlineData("2011-2020", "?units=547&area=TTHC")]
    public async Task The_targets_page_draws_a_programme_as_its_exported_charts_are_drawn(string programme, string query)
    {
        var book = shipped.NewBook();
        var selection = Selection.FromQuery(query);
        await book.StandardSetAsync(); // reads the catalogue, as a page has before it draws

        var together = await book.ProgrammeAsync(programme, selection);

        Assert.Equal(Drawn(await book.ShareAsync(programme, selection)), Drawn(together.Share));
        Assert.Equal(Drawn(await book.AreaAsync(programme, selection)), Drawn(together.Area));
        Assert.Equal(together.Evaluations.Count, together.Share.Series.Single().Points.Sum(p => p.Value!.Value));
    }

    [Fact]
    public async Task The_unit_profile_draws_a_unit_trend_from_its_values_as_the_export_does()
    {
        var book = shipped.NewBook();
        await book.StandardSetAsync();
        var reference = new ReferenceData(shipped.Queries);
        await reference.EnsureLoadedAsync();
        // As a page has it: the URL's choices within the report's years.
        var selection = reference.Within(Selection.FromQuery("?units=547&from=2016"));

        var values = await shipped.Queries.ValuesAsync(null, ["547"], selection.FromYear, selection.EffectiveToYear, selection.IncludePartial);
        var aggregate = await shipped.Queries.DistrictAggregateAsync("PL7.1", selection.FromYear, selection.EffectiveToYear, selection.IncludePartial);
        var fromValues = book.UnitTrend(reference.Unit("547")!, reference.Indicator("PL7.1")!,
            values.Where(v => v.IndicatorCode == "PL7.1").ToList(), aggregate, selection);

        Assert.Equal(Drawn((await book.BuildAsync(ChartBook.UnitTrendId("PL7.1"), selection))!), Drawn(fromValues));
    }

    [Fact]
    public async Task An_area_chosen_keeps_the_indicator_within_it_on_every_chart()
    {
        var book = shipped.NewBook();
        await book.StandardSetAsync();
        var selection = Selection.FromQuery("?area=TC&indicator=PL3.5.2"); // PL3.5.2 is not of Cải cách thể chế

        var indicator = book.IndicatorFor(selection);

        Assert.Equal("TC", indicator.AreaCode);
        Assert.Contains(indicator.AreaName, (await book.BuildAsync(ChartBook.Trend, selection))!.Subtitle);
        Assert.StartsWith(indicator.AreaName, (await book.BuildAsync(ChartBook.Ranking, selection))!.Subtitle);
        Assert.Equal("PL3.5.2", book.IndicatorFor(Selection.FromQuery("?area=TTHC&indicator=PL3.5.2")).Code);
    }

    [Fact]
    public async Task A_yes_no_indicator_is_drawn_as_a_grid_of_units_and_years_not_as_lines()
    {
        var spec = (await shipped.NewBook().BuildAsync(ChartBook.Trend, Selection.FromQuery("?indicator=PL1.3.1")))!;

        Assert.Equal(ChartKind.Heatmap, spec.Kind);
        Assert.Equal(ValueFormat.YesNo, spec.Format);
        Assert.Equal(["2015", "2016", "2017", "2018", "2019", "2020"], spec.Categories);
        Assert.Equal(11, spec.Series.Count);
        Assert.All(spec.Series.SelectMany(s => s.Points), p => Assert.Contains(p.Label, new[] { "Có", "Không", "không báo cáo" }));
        Assert.Equal(["Không", "Có"], HeatmapScale.Of(spec).Ranges.Select(r => r.Name));
    }

    [Fact]
    public async Task The_province_has_one_name_on_charts_slicers_and_in_words()
    {
        var reference = new ReferenceData(shipped.Queries);
        await reference.EnsureLoadedAsync();
        var trend = (await shipped.NewBook().BuildAsync(ChartBook.Trend, Selection.FromQuery("?units=52,540")))!;

        Assert.Equal("Tỉnh Bình Định", reference.UnitName("52"));
        Assert.Equal("Tỉnh Bình Định", reference.UnitOptions(withProvince: true).Single(o => o.Value == "52").Label);
        Assert.Contains("Tỉnh Bình Định", trend.Series.Select(s => s.Name));
        Assert.Contains("Tỉnh Bình Định", trend.FilterText);
    }

    /// <summary>What the browser is given for a spec: equal exactly when the charts on screen are the same.</summary>
    static string Drawn(ChartSpec spec) => ApexJson.Serialize(ApexOptionsBuilder.From(spec));
}
