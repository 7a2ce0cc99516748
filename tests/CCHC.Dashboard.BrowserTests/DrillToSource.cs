using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>An analyst doubting a figure clicks its point on the trend and is shown the workbook cell it came from,
/// and the way to every cell of that unit and year.</summary>
[Collection(Hosting.DashboardCollection.Name)]
public sealed class DrillToSource(Hosting.DashboardFixture dashboard)
{
    [Fact]
    public async Task Clicking_a_units_point_on_the_trend_shows_its_source_cell_and_leads_to_that_unit_year()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/xu-huong?units=547&from=2016&to=2019");

        // Tây Sơn is the second series, after the district mean; its 2018 point is the third of 2016–2019.
        var at = await tab.Chart("trend").EvaluateAsync<double[]>("""
            c => {
              const markers = [...c.querySelectorAll('.apexcharts-series[data\\:realIndex="1"] .apexcharts-marker')];
              const r = markers[2].getBoundingClientRect();
              return [r.x + r.width / 2, r.y + r.height / 2];
            }
            """);
        await tab.Page.Mouse.MoveAsync((float)at[0], (float)at[1]);
        await tab.Page.Mouse.ClickAsync((float)at[0], (float)at[1]);

        var panel = tab.Page.Locator("[data-source-panel]");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(panel).ToHaveAttributeAsync("data-unit", "547");
        await Expect(panel).ToHaveAttributeAsync("data-year", "2018");
        await Expect(panel.Locator(".card-title")).ToContainTextAsync("Tây Sơn · năm 2018:");
        await Expect(panel.Locator("[data-source-cell]")).ToHaveTextAsync(new Regex(@"^Đọc từ: .+\.xlsx? › .+ › [A-Z]+\d+$"));
        Assert.DoesNotContain("units=", new Uri(tab.Page.Url).Query.Replace("units=547", "")); // nothing filtered by the click

        await tab.MarkChartsAsync();
        await panel.Locator("[data-unit-year-link]").ClickAsync();
        await tab.WaitForAddressAsync(new Regex(@"/don-vi/547\?from=2018&to=2018$"), "following “Mọi ô của Tây Sơn năm 2018”");
        await tab.WaitForChartsAsync();
        await tab.AssertHealthyAsync();
        await Expect(tab.Page.Locator("[data-unit-title]")).ToContainTextAsync("Tây Sơn");
    }
}
