using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>A unit clicked on one chart is picked out on the others, as Power BI cross-highlights: every row stays,
/// the colours stay, the rest steps back; and the unit leads to its profile.</summary>
[Collection(Hosting.DashboardCollection.Name)]
public sealed class CrossFilter(Hosting.DashboardFixture dashboard)
{
    const string HeatmapFills = "c => [...c.querySelectorAll('.apexcharts-heatmap-rect')].map(r => r.getAttribute('fill')).join('|')";
    const string Texts = "ls => ls.map(l => l.textContent)";
    const string BarFills = "c => [...c.querySelectorAll('path.apexcharts-bar-area')].map(p => p.getAttribute('fill').toUpperCase())";

    [Fact]
    public async Task Clicking_a_units_bar_highlights_it_everywhere_without_filtering_and_opens_its_profile()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/so-sanh");
        var bars = tab.Page.Locator("[data-card=ranking] .apex-chart path.apexcharts-bar-area");
        Assert.True(await bars.CountAsync() > 1, "the ranking chart draws no bars");
        Assert.All(await tab.Chart("ranking").EvaluateAsync<string[]>(BarFills), f => Assert.StartsWith(Rgba("#0072B2"), f));
        var heatmapBefore = await tab.Chart("heatmap").EvaluateAsync<string>(HeatmapFills);
        var legendBefore = await tab.Chart("heatmap").Locator(".apexcharts-legend-text").AllInnerTextsAsync();
        var bar = bars.Nth(2);

        // The axis starts near the lowest value, so a bar begins off the plot to the left: point at its visible end.
        await tab.Chart("ranking").ScrollIntoViewIfNeededAsync();
        var box = (await bar.BoundingBoxAsync())!;
        var end = new { X = box.X + box.Width - 6, Y = box.Y + box.Height / 2 };
        await tab.Page.Mouse.MoveAsync(end.X, end.Y, new() { Steps = 3 });
        var unitName = (await tab.Page.Locator("[data-card=ranking] .apex-chart-tooltip-title").InnerTextAsync()).Trim();
        await tab.MarkChartsAsync();
        await tab.Page.Mouse.ClickAsync(end.X, end.Y);

        await tab.WaitForAddressAsync(new Regex(@"[?&]highlight=\d+(&|$)"), "clicking a unit's bar");
        var unit = Regex.Match(tab.Page.Url, @"[?&]highlight=(\d+)").Groups[1].Value;
        Assert.DoesNotContain("units=", tab.Page.Url);
        await tab.WaitForRedrawAsync($"clicking the bar of {unitName}");
        await tab.AssertHealthyAsync();

        // The chosen bar is marked, the others dimmed; the heat map keeps every row and every colour, and dims the others.
        var fills = await tab.Chart("ranking").EvaluateAsync<string[]>(BarFills);
        Assert.StartsWith(Rgba("#D55E00"), fills[2]);
        Assert.All(fills.Where((_, i) => i != 2), f => Assert.StartsWith(Rgba("#B3CFE6"), f));
        Assert.Equal(heatmapBefore, await tab.Chart("heatmap").EvaluateAsync<string>(HeatmapFills));
        Assert.Equal(legendBefore, await tab.Chart("heatmap").Locator(".apexcharts-legend-text").AllInnerTextsAsync());
        Assert.Equal(10, await tab.Chart("heatmap").Locator(".apexcharts-heatmap-series.apex-chart-dimmed").CountAsync());
        var rows = tab.Page.Locator("[data-compare-table] tbody tr");
        await Expect(rows).ToHaveCountAsync(11);
        await Expect(tab.Page.Locator("[data-compare-table] tbody tr.selected td a")).ToHaveTextAsync(unitName);
        await Expect(tab.Page.Locator("[data-compare-table] tbody tr.dimmed")).ToHaveCountAsync(10);
        await Expect(tab.Page.Locator("[data-card=ranking] [data-filter]")).ToContainTextAsync($"đang chọn: {unitName}");

        var profile = tab.Page.Locator($"[data-profile-link=\"{unit}\"]");
        await Expect(profile).ToHaveTextAsync($"Hồ sơ {unitName} →");
        await tab.MarkChartsAsync();
        await profile.ClickAsync();

        await tab.WaitForAddressAsync(new Regex($@"/don-vi/{unit}$"), "following the profile link");
        await tab.WaitForRedrawAsync($"opening the profile of {unitName}");
        await tab.AssertHealthyAsync();
        await Expect(tab.Page.Locator("[data-unit-title]")).ToContainTextAsync(unitName);
    }

    [Fact]
    public async Task The_ranking_shows_its_differences_on_a_labelled_axis_with_the_mean_and_sorts_low_to_high()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/so-sanh");
        var ranking = tab.Chart("ranking");

        var ticks = await ranking.Locator(".apexcharts-xaxis-label").EvaluateAllAsync<string[]>(Texts);
        Assert.NotEqual("0 %", ticks[0].Trim());
        await Expect(ranking.Locator(".apexcharts-xaxis-title")).ToContainTextAsync("không từ 0");
        await Expect(ranking.Locator(".apexcharts-xaxis-annotations")).ToContainTextAsync("Trung bình 11 đơn vị:");
        var highestFirst = await ranking.Locator(".apexcharts-yaxis-label").EvaluateAllAsync<string[]>(Texts);

        // Only the ranking changes with its order; the heat map has nothing to redraw.
        await ranking.EvaluateAsync("c => c.__drawnBefore = c.dataset.updatedAt ?? ''");
        await tab.Page.Locator("select[data-slicer=sort]").SelectOptionAsync("asc");

        await tab.WaitForAddressAsync(new Regex(@"[?&]sort=asc(&|$)"), "sorting the ranking low to high");
        await tab.WaitForRedrawAsync("sorting the ranking low to high");
        await tab.AssertHealthyAsync();
        var lowestFirst = await ranking.Locator(".apexcharts-yaxis-label").EvaluateAllAsync<string[]>(Texts);
        // Units with equal values keep their alphabetical order either way, so the ends are compared, and the set.
        Assert.Equal(Clean(highestFirst[^1]), Clean(lowestFirst[0]));
        Assert.Equal(Clean(highestFirst[0]), Clean(lowestFirst[^1]));
        Assert.Equal(highestFirst.Select(Clean).Order(), lowestFirst.Select(Clean).Order());
    }

    // ApexCharts writes a bar's fill as RGBA(r,g,b,opacity).
    static string Rgba(string hex) =>
        $"RGBA({Convert.ToInt32(hex[1..3], 16)},{Convert.ToInt32(hex[3..5], 16)},{Convert.ToInt32(hex[5..7], 16)},";

    static string Clean(string label) => Regex.Replace(label, @"\s+", " ").Trim();
}
