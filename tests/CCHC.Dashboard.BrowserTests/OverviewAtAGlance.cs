using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>The overview as leadership opens it on a 1920×1080 screen: which areas lag, without scrolling, every
/// label whole; sample figures marked on their own cards; small trends that answer a hover; how fresh it all is.</summary>
[Collection(Hosting.DashboardCollection.Name)]
public sealed class OverviewAtAGlance(Hosting.DashboardFixture dashboard)
{
    const string CutLabels = """
        cs => cs.flatMap(c => [...c.querySelectorAll('.apexcharts-yaxis-label, .apexcharts-xaxis-label')]
          .filter(l => l.textContent.includes('...')).map(l => c.dataset.chartId + ': ' + l.textContent))
        """;

    [Fact]
    public async Task The_areas_that_lag_are_above_the_fold_at_1920_by_1080_with_every_label_whole()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.Page.SetViewportSizeAsync(DashboardTab.Desktop.Width, DashboardTab.Desktop.Height);
        await tab.GoToAsync("/");
        await tab.AssertHealthyAsync();

        foreach (var id in new[] { "area-2011-2025", "area-2011-2020" })
        {
            var box = await tab.Page.Locator($"section[data-card='{id}']").BoundingBoxAsync();
            Assert.True(box is not null && box.Y + box.Height <= DashboardTab.Desktop.Height,
                $"{id} ends at {box?.Y + box?.Height} px, below the {DashboardTab.Desktop.Height} px screen");
        }
        Assert.Empty(await tab.Charts.EvaluateAllAsync<string[]>(CutLabels));
    }

    [Fact]
    public async Task Sample_figures_are_marked_on_their_cards_and_the_reporting_count_says_what_it_counts()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/");

        var keyCards = tab.Page.Locator("[data-key-indicators] [data-indicator]");
        Assert.Equal(await keyCards.CountAsync(), await keyCards.Locator("[data-sample-badge]").CountAsync());
        await Expect(tab.Page.Locator("[data-kpi=reporting] .badge-sample")).ToHaveTextAsync("Dữ liệu mẫu");
        await Expect(tab.Page.Locator("[data-reporting-explained]"))
            .ToContainTextAsync("trên 12 đơn vị (cấp tỉnh và 11 huyện, thị xã, thành phố) đã gửi đủ Phụ lục 1–8");
        await Expect(tab.Page.Locator("[data-kpi='2011-2025'] .badge-real")).ToHaveTextAsync("Số liệu thật");
    }

    [Fact]
    public async Task A_sparkline_answers_a_hover_with_the_year_and_value()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/");
        var spark = tab.Page.Locator("[data-indicator='PL3.5.2'] .apex-chart");
        await spark.ScrollIntoViewIfNeededAsync();
        var plot = (await spark.Locator(".apexcharts-grid").BoundingBoxAsync())!;

        // Across the plot, between markers rather than on one: the tooltip follows the pointer to the nearest year.
        for (var at = 0.1f; at < 0.9f; at += 0.2f)
            await tab.Page.Mouse.MoveAsync(plot.X + plot.Width * at, plot.Y + plot.Height * 0.5f, new() { Steps = 3 });

        var tooltip = spark.Locator(".apex-chart-tooltip");
        await Expect(tooltip).ToBeVisibleAsync();
        await Expect(tooltip).ToContainTextAsync("201");
        await Expect(tooltip).ToContainTextAsync("%");
    }

    [Theory]
    [MemberData(nameof(Routes.Pages), MemberType = typeof(Routes))]
    public async Task Every_page_says_when_its_figures_were_last_loaded(string route, string heading)
    {
        _ = heading;
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync(route);

        await Expect(tab.Page.Locator("[data-stamp]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(
            @"^Số liệu cập nhật lúc \d{2}:\d{2} ngày \d{2}/\d{2}/\d{4}$"));
    }
}
