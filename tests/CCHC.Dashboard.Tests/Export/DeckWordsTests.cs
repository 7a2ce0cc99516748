using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Slicers;
using CCHC.Dashboard.Tests.Charts;

namespace CCHC.Dashboard.Tests.Export;

/// <summary>What a slide says about where its numbers come from and what the deck shows, over the shipped data: an
/// audience sees workbooks named, never the warehouse's inner names or "see the tooltip".</summary>
public sealed class DeckWordsTests(ShippedChartBook shipped) : IClassFixture<ShippedChartBook>
{
    [Theory]
    [InlineData("")]
    [InlineData("?units=547&indicator=PL7.1")]
    public async Task Every_standard_chart_names_its_sources_without_view_names_or_tooltips(string query)
    {
        var book = shipped.NewBook();
        var selection = Selection.FromQuery(query);

        foreach (var id in await book.StandardSetAsync())
        {
            var source = (await book.BuildAsync(id, selection))!.SourceLine;
            Assert.DoesNotContain("v_", source);
            Assert.DoesNotContain("chú giải", source);
            if (id is ChartBook.Trend or ChartBook.Ranking or ChartBook.Heatmap)
                Assert.Matches(@"\.xlsx?\b", source);
        }
    }

    [Fact]
    public async Task The_title_slide_says_which_indicator_and_year_the_comparison_charts_show()
    {
        var book = shipped.NewBook();

        var subtitle = await book.DeckSubtitleAsync(Selection.Default);

        var indicator = book.IndicatorFor(Selection.Default);
        Assert.StartsWith("Năm 2015–2020 (2020 tính đến 31/3) · Tất cả đơn vị", subtitle);
        Assert.Contains("Chỉ tiêu: " + CCHC.Dashboard.Pages.ReferenceData.FullLabel(indicator), subtitle);
        Assert.EndsWith("So sánh các đơn vị: năm 2019", subtitle);
    }
}
