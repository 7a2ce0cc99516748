using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>Leadership's drill-down, as Power BI users walk it: from an area that lags (the overview's area chart
/// opens its targets) to the area's indicators compared unit by unit, to one unit's profile; the slicers come along.</summary>
[Collection(Hosting.DashboardCollection.Name)]
public sealed class DrillDown(Hosting.DashboardFixture dashboard)
{
    [Fact]
    public async Task An_areas_targets_lead_to_its_indicators_by_unit_and_on_to_one_units_profile()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/muc-tieu?area=TTHC&from=2016&to=2019");
        await tab.AssertHealthyAsync();
        await Expect(tab.Page.Locator("[data-drill=area]")).ToContainTextAsync("Lĩnh vực Cải cách thủ tục hành chính");
        await tab.SaveScreenshotsAsync("muc-tieu-linh-vuc");

        await tab.Page.Locator("[data-drill=area] a[data-drill-to=compare]").ClickAsync();
        await tab.WaitForAddressAsync(new Regex(@"/so-sanh\?(?=.*\barea=TTHC\b)(?=.*\bfrom=2016\b)(?=.*\bto=2019\b)"), "following the area to its indicators");
        await tab.AssertHealthyAsync();
        await Expect(tab.Page.Locator("[data-card=heatmap] [data-filter]")).ToContainTextAsync("Lĩnh vực: Cải cách thủ tục hành chính");
        var columns = await tab.Page.Locator("[data-compare-table] thead th.num").CountAsync();
        Assert.True(columns > 1, $"the comparison shows {columns} indicators of the area");

        var unit = tab.Page.Locator("[data-compare-table] tbody tr").First;
        var code = await unit.GetAttributeAsync("data-unit");
        await unit.Locator("a").ClickAsync();
        await tab.WaitForAddressAsync(new Regex($@"/don-vi/{code}(\?|$)"), "opening a unit from the comparison");
        await tab.AssertHealthyAsync();
    }
}
