using ClosedXML.Excel;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>Sở Nội vụ downloads the province's consolidated appendices from the page made for it.</summary>
[Collection(Hosting.DashboardCollection.Name)]
public sealed class Consolidation(Hosting.DashboardFixture dashboard)
{
    [Fact]
    public async Task The_consolidation_page_counts_where_the_values_come_from_and_downloads_the_eight_appendices_with_their_sources()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/tong-hop");
        await tab.AssertHealthyAsync();
        await Expect(tab.Page.Locator("[data-consolidation] tbody tr")).ToHaveCountAsync(6);

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.Locator("[data-export=consolidation]").ClickAsync());

        Assert.StartsWith("TongHop_PhuLuc_CCHC_2020_BinhDinh_", download.SuggestedFilename);
        using var stream = File.OpenRead(await download.PathAsync());
        using var workbook = new XLWorkbook(stream);
        Assert.Equal(["PL1", "PL2", "PL3", "PL4", "PL5", "PL6", "PL7", "PL8", "Nguồn", "Kiểm tra"], workbook.Worksheets.Select(w => w.Name));
        Assert.Contains(workbook.Worksheet("Nguồn").CellsUsed(), c => c.GetString().Contains(" › ", StringComparison.Ordinal));
    }
}
