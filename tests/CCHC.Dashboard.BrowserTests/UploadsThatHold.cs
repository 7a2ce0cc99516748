using System.Text.RegularExpressions;
using CCHC.Dashboard.BrowserTests.Hosting;
using ClosedXML.Excel;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>A data steward's afternoon: a district's corrected workbook, then an edit of it with one unreadable
/// cell, then the corrected one again, and a broken file. Nothing the units sent is lost or hidden: the unreadable
/// value shows as rejected where it belongs (the unit's profile, the comparison of units), the earlier version can be made current again, the broken file is on
/// the data-quality page and counted on the overview, and the history says which report is in force.</summary>
[Collection(DashboardCollection.Name)] // shares the browser; its own app, workbooks and warehouse
public sealed class UploadsThatHold(DashboardFixture dashboard)
{
    const string Corrected = "PL3_TaySon_bo-sung.xlsx";
    const string Edited = "PL3_TaySon_bo-sung-sua.xlsx";

    [Fact]
    public async Task A_rejected_cell_shows_where_its_value_was_an_earlier_version_can_be_restored_and_a_broken_file_is_counted()
    {
        using var temp = new TempFolder();
        var workbooks = temp.Folder("workbooks");
        foreach (var file in Directory.GetFiles(Path.Combine(RepoLayout.Root, "data", "workbooks")).Where(f => !f.EndsWith(Corrected, StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(workbooks, Path.GetFileName(file)));
        var upload = temp.Folder("upload");
        var corrected = Path.Combine(upload, Corrected);
        File.Copy(Path.Combine(RepoLayout.Root, "data", "workbooks", Corrected), corrected);
        var (edited, badCell) = WithUnreadableCell(corrected, Path.Combine(upload, Edited));
        var broken = Path.Combine(upload, "PL7_VanCanh.xlsx");
        await File.WriteAllTextAsync(broken, "Đơn vị;Chỉ tiêu;2019\nVân Canh;Tỷ lệ;98,5\n"); // a CSV renamed .xlsx
        await using var app = await DashboardProcess.StartAsync(new Dictionary<string, string>
        {
            ["Warehouse__Path"] = Path.Combine(temp.Folder("data"), "warehouse.duckdb"),
            ["Warehouse__Workbooks"] = workbooks,
            ["Uploads__Path"] = temp.Folder("uploads"),
            ["Accounts__Path"] = temp.File("users.json"),
        });
        await using var steward = await DashboardTab.OpenAsync(dashboard.Browser, app, "admin");
        await steward.GoToAsync("/tai-len");

        await UploadAsync(steward, corrected, "replaced");
        await UploadAsync(steward, edited, "replaced");

        // The unit profile: the unreadable cell is "bị từ chối" with its reason and cell, not "not reported".
        await using var reader = await DashboardTab.OpenAsync(dashboard.Browser, app, "viewer");
        await reader.GoToAsync("/don-vi/547");
        var rejected = reader.Page.Locator("[data-unit-table] td[data-rejected]");
        await Expect(rejected).ToHaveCountAsync(1);
        await Expect(rejected).ToHaveTextAsync("bị từ chối");
        var title = await rejected.GetAttributeAsync("title") ?? "";
        Assert.Contains("PL3_TaySon_bo-sung-sua.xlsx", title); // the stored name keeps the client's plain stem
        Assert.Contains($"› {badCell})", title);
        var place = await rejected.EvaluateAsync<int[]>("td => [td.parentElement.rowIndex, td.cellIndex]");
        await reader.SaveScreenshotsAsync("don-vi-bi-tu-choi");
        Directory.CreateDirectory(RepoLayout.Screenshots);
        await rejected.Locator("xpath=ancestor::tr").ScreenshotAsync(new() { Path = Path.Combine(RepoLayout.Screenshots, "don-vi-bi-tu-choi-dong.png") });
        // The comparison of district-level units says the same in that indicator's column for that year.
        var (code, year) = (await rejected.GetAttributeAsync("data-rejected"))!.Split('-') is [var c, var y] ? (c, y) : ("", "");
        await reader.GoToAsync($"/so-sanh?indicator={code}&from={year}&to={year}");
        var compared = reader.Page.Locator($"[data-compare-table] td[data-rejected='547-{code}']");
        await Expect(compared).ToHaveTextAsync("bị từ chối");
        Assert.Contains($"› {badCell})", await compared.GetAttributeAsync("title") ?? "");
        await reader.GoToAsync("/");
        await Expect(reader.Page.Locator("[data-rejected-count]")).ToContainTextAsync("1 giá trị bị từ chối");

        // The corrected workbook again: recognised as the earlier version, and made current at the steward's word.
        await UploadAsync(steward, corrected, "earlier");
        var earlier = steward.Page.Locator($"[data-upload-answers] tr[data-file='{Corrected}']");
        await Expect(earlier).ToContainTextAsync("đã được bản gửi sau thay thế");
        await earlier.Locator("[data-action=restore]").ClickAsync();
        await Expect(earlier).ToHaveAttributeAsync("data-answer", "restored", new() { Timeout = 30_000 });
        await Expect(earlier).ToContainTextAsync("có hiệu lực trở lại");

        await reader.GoToAsync("/don-vi/547");
        await Expect(reader.Page.Locator("[data-unit-table] td[data-rejected]")).ToHaveCountAsync(0);
        var restoredCell = reader.Page.Locator("[data-unit-table] tr").Nth(place[0]).Locator("td").Nth(place[1]);
        await Expect(restoredCell).ToHaveTextAsync(new Regex(@"^\d[\d.,]*%?$"));

        // A broken file: refused, changing no figure, and listed and counted like any rejected file.
        await UploadAsync(steward, broken, "rejected");
        await reader.GoToAsync("/");
        await Expect(reader.Page.Locator("[data-rejected-count]")).ToContainTextAsync("1 tệp bị từ chối");
        await using var analyst = await DashboardTab.OpenAsync(dashboard.Browser, app, "analyst");
        await analyst.GoToAsync("/du-lieu");
        await Expect(analyst.Page.Locator("[data-rejects]")).ToContainTextAsync("PL7_VanCanh.xlsx");
        await Expect(analyst.Page.Locator("[data-loads]")).ToContainTextAsync("Bị từ chối");

        // The history of Tây Sơn's Phụ lục 3: the corrected workbook in force, the others replaced.
        var history = analyst.Page.Locator("[data-history] tr[data-history-row='547-PL3']");
        await Expect(history).ToHaveCountAsync(3);
        await Expect(analyst.Page.Locator("[data-history] tr[data-history-row='547-PL3'][data-live=true]")).ToContainTextAsync(Corrected.Replace(".xlsx", "", StringComparison.Ordinal));
        await Expect(analyst.Page.Locator("[data-history] tr[data-history-row='547-PL3'][data-live=false]")).ToHaveCountAsync(2);
        await analyst.SaveScreenshotsAsync("du-lieu-lich-su");
        await analyst.Page.Locator("[data-card=history]").ScreenshotAsync(new() { Path = Path.Combine(RepoLayout.Screenshots, "du-lieu-lich-su-the.png") });

        // Each loaded file once in the workbooks folder, readable by the service's user only; the copy kept for the
        // restore is gone once used.
        var taken = Directory.GetFiles(Path.Combine(workbooks, "tai-len"));
        Assert.Equal(2, taken.Length);
        if (!OperatingSystem.IsWindows())
            foreach (var file in taken) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Empty(Directory.GetFiles(Path.Combine(temp.Path, "uploads", "earlier")));
        Assert.Empty(Directory.GetFiles(Path.Combine(temp.Path, "uploads", "incoming")));
    }

    static async Task UploadAsync(DashboardTab steward, string file, string expected)
    {
        await steward.Page.Locator("[data-upload-input]").SetInputFilesAsync([file]);
        var row = steward.Page.Locator($"[data-upload-answers] tr[data-file='{Path.GetFileName(file)}']");
        await Expect(row).ToHaveAttributeAsync("data-answer", expected, new() { Timeout = 30_000 });
    }

    /// <summary>A copy of the workbook with its first numeric value cell overwritten by text, as a clerk's slip would.</summary>
    static (string Path, string Cell) WithUnreadableCell(string source, string target)
    {
        using var book = new XLWorkbook(source);
        var sheet = book.Worksheets.First();
        var cell = sheet.RangeUsed()!.Cells().First(c => c.Address.RowNumber > 10 && c.Address.ColumnNumber >= 3 && c.DataType == XLDataType.Number);
        cell.Value = "hai trăm";
        book.SaveAs(target);
        return (target, cell.Address.ToString()!);
    }
}
