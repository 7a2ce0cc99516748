using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>A unit picked on one chart filters the others and leads to its profile.</summary>
[Collection(Hosting.DashboardCollection.Name)]
public sealed class CrossFilter(Hosting.DashboardFixture dashboard)
{
    [Fact]
    public async Task Clicking_a_units_bar_filters_the_comparison_and_opens_its_profile()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/so-sanh");
        var bars = tab.Page.Locator("[data-card=ranking] .apex-chart path.apexcharts-bar-area");
        Assert.True(await bars.CountAsync() > 1, "the ranking chart draws no bars");
        var bar = bars.First; // the top of the ranking: the longest bar

        await bar.HoverAsync();
        var unitName = (await tab.Page.Locator("[data-card=ranking] .apex-chart-tooltip-title").InnerTextAsync()).Trim();
        await tab.MarkChartsAsync();
        await bar.ClickAsync();

        await tab.WaitForAddressAsync(new Regex(@"[?&]units=\d+(&|$)"), "clicking a unit's bar");
        var unit = Regex.Match(tab.Page.Url, @"[?&]units=(\d+)").Groups[1].Value;
        await tab.WaitForRedrawAsync($"clicking the bar of {unitName}");
        await tab.AssertHealthyAsync();

        var rows = tab.Page.Locator("[data-compare-table] tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Locator("td a")).ToHaveTextAsync(unitName);
        await Expect(rows.Locator("td a")).ToHaveAttributeAsync("href", $"don-vi/{unit}");
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
}
