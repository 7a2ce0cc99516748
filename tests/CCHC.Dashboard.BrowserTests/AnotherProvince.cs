using CCHC.Dashboard.BrowserTests.Hosting;
using CCHC.Dashboard.Tests.AnotherProvince;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>The dashboard started on another province's catalogue and workbooks (the made-up tỉnh Thử Nghiệm, 3 units,
/// 2021–2025 to 30/6), with no code changed: it builds that province's warehouse and every page speaks of it.</summary>
[Collection(DashboardCollection.Name)] // shares the browser; its own app process
public sealed class AnotherProvince(DashboardFixture dashboard)
{
    static readonly string[] Leaks = ["Bình Định", "11 huyện", "2015", "31/3", "quý I/2020"];

    [Fact]
    public async Task Started_on_another_provinces_catalogue_the_pages_name_that_province_its_units_and_years()
    {
        using var temp = new TempFolder();
        var (catalogue, workbooks) = AnotherProvinceFiles.Write(temp.Folder("another"));
        await using var app = await DashboardProcess.StartAsync(new Dictionary<string, string>
        {
            ["Warehouse__Catalogue"] = catalogue,
            ["Warehouse__Workbooks"] = workbooks,
            ["Warehouse__Path"] = temp.File("warehouse.duckdb"),
            ["Uploads__Path"] = temp.Folder("uploads"),
        });
        await using var tab = await DashboardTab.OpenAsync(dashboard.Browser, app);

        await tab.GoToAsync("/");
        await tab.AssertHealthyAsync();
        await Expect(tab.Page.Locator(".page-head")).ToContainTextAsync("Tỉnh Thử Nghiệm");
        await Expect(tab.Page.Locator(".sidebar .brand-sub")).ToHaveTextAsync("Cải cách hành chính tỉnh Thử Nghiệm");
        await Expect(tab.Page.Locator("[data-reporting-explained]")).ToContainTextAsync("trên 4 đơn vị (cấp tỉnh và 3 huyện, thành phố)");
        Assert.Equal(["2021", "2022", "2023", "2024", "2025 (đến 30/6)"],
            (await tab.Page.Locator("select[data-slicer='to'] option").AllInnerTextsAsync()).Select(t => t.Trim()));
        await Expect(tab.Page.Locator("label.toggle")).ToContainTextAsync("Gồm 6 tháng đầu năm 2025");
        await Expect(tab.Page.Locator(".nav-unit")).ToHaveTextAsync(["Tỉnh Thử Nghiệm", "Sông Mẫu", "Đồi Mẫu", "Phố Mẫu"]);
        AssertNoLeak("/", await tab.Page.Locator("body").InnerTextAsync());

        await tab.GoToAsync("/so-sanh");
        await tab.AssertHealthyAsync();
        await Expect(tab.Page.Locator(".page-head")).ToContainTextAsync("Xếp hạng 3 huyện, thành phố");
        await Expect(tab.Page.Locator("select[data-slicer='year']")).ToHaveValueAsync("2024");
        AssertNoLeak("/so-sanh", await tab.Page.Locator("body").InnerTextAsync());
    }

    static void AssertNoLeak(string route, string text)
    {
        foreach (var leak in Leaks)
            Assert.False(text.Contains(leak, StringComparison.Ordinal), $"{route} says “{leak}”:\n{text}");
    }
}
