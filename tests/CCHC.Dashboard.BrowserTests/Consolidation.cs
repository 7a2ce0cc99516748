using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
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

    [Fact]
    public async Task The_consolidation_page_downloads_the_Word_report_with_the_appendix_tables_and_the_key_charts()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/tong-hop");
        await tab.AssertHealthyAsync();

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.Locator("[data-export=consolidation-report]").ClickAsync());

        Assert.Matches(@"^BaoCao_TongHop_CCHC_BinhDinh_\d{4}-\d{2}-\d{2}\.docx$", download.SuggestedFilename);
        using var doc = WordprocessingDocument.Open(await download.PathAsync(), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        Assert.Equal("Báo cáo tổng hợp số liệu CCHC tỉnh Bình Định", body.Elements<W.Paragraph>().First().InnerText);
        // Phụ lục 1–3, 4 (three sections), 5–8 and IX, then the sources annex, one table per appendix.
        Assert.Equal(11 + 9, body.Elements<W.Table>().Count());
        Assert.Contains(body.Elements<W.Paragraph>(), p => p.InnerText.Contains("điểm\u00A0%", StringComparison.Ordinal));
        Assert.Equal(7, doc.MainDocumentPart.ImageParts.Count());
    }

    [Fact]
    public async Task A_viewer_is_refused_the_Word_report_by_the_server()
    {
        await using var tab = await dashboard.OpenTabAsync("viewer");
        await tab.GoToAsync("/");

        var report = await tab.Page.APIRequest.GetAsync("/xuat/bao-cao-tong-hop.docx", new() { MaxRedirects = 0 });

        Assert.Equal(302, report.Status);
        Assert.Contains("/khong-du-quyen", report.Headers["location"]);
    }
}
