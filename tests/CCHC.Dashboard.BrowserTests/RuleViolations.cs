using ClosedXML.Excel;
using CCHC.Dashboard.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>A district reports more petitions resolved than received: its workbook loads like any other, and the analyst
/// finds the breach on Chất lượng dữ liệu with the cell to look at, counted in the page's summary.</summary>
[Collection(DashboardCollection.Name)] // shares the browser; its own app, workbooks and warehouse
public sealed class RuleViolations(DashboardFixture dashboard)
{
    [Fact]
    public async Task The_data_quality_page_lists_a_value_that_breaks_a_rule_with_its_file_sheet_and_cell()
    {
        using var temp = new TempFolder();
        var workbooks = temp.Folder("workbooks");
        using (var workbook = new XLWorkbook())
        {
            var ws = workbook.AddWorksheet("PL3");
            object?[][] rows =
            [
                ["UBND HUYỆN TÂY SƠN"], [null], ["PHỤ LỤC 3"], ["Thống kê các chỉ tiêu tại lĩnh vực cải cách thủ tục hành chính"],
                ["(Kèm theo Báo cáo số 45/BC-UBND ngày 15/4/2020 của UBND HUYỆN TÂY SƠN)"],
                ["STT", "Chỉ tiêu", "Năm 2018", "Năm 2019"],
                ["6.", "Tiếp nhận và xử lý PAKN về TTHC"],
                ["-", "Số lượng PAKN đã tiếp nhận trong năm", 11, 10],
                ["-", "Số lượng PAKN đã giải quyết trong năm", 14, 10],
            ];
            for (var r = 0; r < rows.Length; r++)
                for (var c = 0; c < rows[r].Length; c++)
                    switch (rows[r][c])
                    {
                        case string text: ws.Cell(r + 1, c + 1).SetValue(text); break;
                        case int number: ws.Cell(r + 1, c + 1).SetValue(number); break;
                    }
            workbook.SaveAs(Path.Combine(workbooks, "PL3_TaySon.xlsx"));
        }
        await using var app = await DashboardProcess.StartAsync(new Dictionary<string, string>
        {
            ["Warehouse__Path"] = Path.Combine(temp.Folder("data"), "warehouse.duckdb"),
            ["Warehouse__Workbooks"] = workbooks,
            ["Uploads__Path"] = temp.Folder("uploads"),
            ["Accounts__Path"] = temp.File("users.json"),
        });
        await using var tab = await DashboardTab.OpenAsync(dashboard.Browser, app, "analyst");

        await tab.GoToAsync("/du-lieu");
        await tab.AssertHealthyAsync();

        var row = tab.Page.Locator("[data-card=violations] tr[data-violation='KT01-547-2018-PL3.6.2']");
        await Expect(row.Locator("[data-source-cell]")).ToHaveTextAsync("PL3_TaySon.xlsx › PL3 › C9");
        await Expect(row).ToContainTextAsync("14 lớn hơn 11");
        await Expect(row).ToContainTextAsync("PL3_TaySon.xlsx › PL3 › C8");
        await Expect(tab.Page.Locator("[data-card=violations] tr[data-violation]")).ToHaveCountAsync(1);
        await Expect(tab.Page.Locator("[data-quality-summary]")).ToContainTextAsync("1 giá trị vi phạm quy tắc kiểm tra");
        // The value stands as sent: nothing was rejected for it.
        await Expect(tab.Page.Locator("[data-card=rejects]")).ToContainTextAsync("Không có tệp hay ô nào bị từ chối.");

        await tab.Page.Locator("[data-card=violations]").ScrollIntoViewIfNeededAsync();
        await tab.SaveScreenshotsAsync("du-lieu-kiem-tra");

        // The unit slicer narrows the list: another unit has no breach.
        await tab.GoToAsync("/du-lieu?units=540");
        await Expect(tab.Page.Locator("[data-no-violations]")).ToBeVisibleAsync();
    }
}
