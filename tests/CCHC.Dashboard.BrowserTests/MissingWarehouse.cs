using CCHC.Dashboard.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>A dashboard started where there is no warehouse and nothing to build one from.</summary>
[Collection(DashboardCollection.Name)] // shares the browser; its own app process
public sealed class MissingWarehouse(DashboardFixture dashboard)
{
    [Fact]
    public async Task Without_a_warehouse_the_overview_explains_the_problem_instead_of_the_error_bar()
    {
        using var temp = new TempFolder();
        await using var app = await DashboardProcess.StartAsync(new Dictionary<string, string>
        {
            ["Warehouse__Path"] = Path.Combine(temp.Folder("warehouse"), "warehouse.duckdb"), // an empty folder
            ["Warehouse__Workbooks"] = temp.Folder("workbooks"), // empty
        });
        await using var tab = await DashboardTab.OpenAsync(dashboard.Browser, app);

        await tab.GoToAsync("/");

        var problem = tab.Page.Locator("[data-problem]");
        Assert.True(await problem.CountAsync() == 1,
            "No [data-problem] message on / without a warehouse; the page shows instead:\n" + Shorten(await tab.Page.Locator(await tab.Page.Locator("[data-kpis]").CountAsync() > 0 ? "[data-kpis]" : "main").InnerTextAsync()));
        await Expect(problem).ToBeVisibleAsync();
        await Expect(problem).ToContainTextAsync("Chưa xem được số liệu");
        await Expect(problem).ToContainTextAsync("kho dữ liệu");
        await tab.AssertHealthyAsync(problemExpected: true);
    }

    static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + " …";
}
