using CCHC.Dashboard.Charts.Apex;
using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Charts.Definitions;
using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Slicers;

namespace CCHC.Dashboard.Tests.Charts;

/// <summary>The comparison's ranking and heat map over the shipped data, as Sở Nội vụ reads them: one colour, the
/// unit picked out marked and nothing else changed, an axis that shows differences of a point, the mean drawn.</summary>
public sealed class CrossHighlightTests(ShippedChartBook shipped) : IClassFixture<ShippedChartBook>
{
    async Task<ChartSpec> Build(string id, string query) => (await shipped.NewBook().BuildAsync(id, Selection.FromQuery(query)))!;

    [Fact]
    public async Task The_ranking_is_one_colour_until_a_unit_is_picked_out_then_marks_it_and_dims_the_rest()
    {
        var plain = ChartColors.PerCategory(await Build(ChartBook.Ranking, ""))!;
        var picked = await Build(ChartBook.Ranking, "?highlight=540");
        var colors = ChartColors.PerCategory(picked)!;

        Assert.All(plain, c => Assert.Equal(Palette.Ranked, c));
        var at = picked.CategoryKeys!.ToList().IndexOf("540");
        Assert.Equal(Palette.Highlight, colors[at]);
        Assert.All(colors.Where((_, i) => i != at), c => Assert.Equal(Palette.Dimmed, c));
        Assert.Contains("đang chọn: Quy Nhơn", picked.FilterText);
    }

    [Fact]
    public async Task Close_percentages_start_the_axis_below_the_lowest_and_the_chart_says_so()
    {
        var spec = await Build(ChartBook.Ranking, ""); // PL3.5.2 in 2019: 97,5 % to 98,9 %
        var values = spec.Series[0].Points.Select(p => p.Value).OfType<double>().ToList();

        Assert.NotNull(spec.ValueAxisFrom);
        Assert.InRange(spec.ValueAxisFrom!.Value, values.Min() - 1, values.Min() - 0.01);
        Assert.Contains("không từ 0", spec.YAxisTitle);
        Assert.Equal(spec.ValueAxisFrom, ApexOptionsBuilder.From(spec).Xaxis!.Min);
    }

    [Theory]
    [InlineData(new[] { 10.0, 250, 400 })]
    [InlineData(new[] { 0.0, 98.7 })]
    [InlineData(new[] { 55.0 })]
    public void Values_far_apart_or_from_zero_keep_the_axis_at_zero(double[] values) =>
        Assert.Null(RankingChart.AxisStart(values, ValueFormat.Percent));

    [Fact]
    public async Task The_mean_of_the_reporting_units_is_drawn_as_a_reference_line()
    {
        var spec = await Build(ChartBook.Ranking, "");
        var mean = spec.Series[0].Points.Select(p => p.Value).OfType<double>().Average();

        Assert.Equal(mean, spec.Reference!.Value, 9);
        Assert.StartsWith("Trung bình 11 đơn vị: ", spec.Reference.Label);
        var line = Assert.Single(ApexOptionsBuilder.From(spec).Annotations!.Xaxis);
        Assert.Equal(mean, (double)line.X, 9);
    }

    [Theory]
    [InlineData("?sort=asc")]
    [InlineData("?sort=name")]
    public async Task The_ranking_sorts_as_asked_and_keeps_units_that_did_not_report_last(string query)
    {
        var spec = await Build(ChartBook.Ranking, query);
        var reported = spec.Series[0].Points.TakeWhile(p => p.Value is not null).ToList();

        if (query.EndsWith("asc")) Assert.Equal(reported.Select(p => p.Value).Order(), reported.Select(p => p.Value));
        else Assert.Equal(reported.Select(p => p.Category).Order(StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)), reported.Select(p => p.Category));
        Assert.All(spec.Series[0].Points.Skip(reported.Count), p => Assert.Null(p.Value));
    }

    [Fact]
    public async Task Picking_out_a_unit_keeps_every_heat_map_row_and_colour_and_dims_the_other_rows()
    {
        var plain = await Build(ChartBook.Heatmap, "");
        var picked = await Build(ChartBook.Heatmap, "?highlight=540");

        Assert.Equal(plain.Series.Select(s => s.Key), picked.Series.Select(s => s.Key));
        Assert.Equal(plain.Series.SelectMany(s => s.Points.Select(p => p.Shade)), picked.Series.SelectMany(s => s.Points.Select(p => p.Shade)));
        Assert.Equal(HeatmapScale.Of(plain).Ranges, HeatmapScale.Of(picked).Ranges);
        var dimmed = ApexOptionsBuilder.From(picked).Series.Select(s => (s.Key, s.Dimmed)).ToList();
        Assert.All(dimmed, s => Assert.Equal(s.Key == "540" ? null : true, s.Dimmed));
        Assert.All(ApexOptionsBuilder.From(plain).Series, s => Assert.Null(s.Dimmed));
    }
}
