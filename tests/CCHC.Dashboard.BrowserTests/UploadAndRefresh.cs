using System.Security.Cryptography;
using CCHC.Dashboard.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>The data steward uploads a district's corrected workbook and a broken file while someone else has a page
/// open: the good file replaces the old report, the bad one is explained and changes nothing, and the open page is
/// told that new data is there, without an error.</summary>
[Collection(DashboardCollection.Name)] // shares the browser; its own app, workbooks and warehouse
public sealed class UploadAndRefresh(DashboardFixture dashboard)
{
    const string Corrected = "PL3_TaySon_bo-sung.xlsx";

    [Fact]
    public async Task A_corrected_workbook_replaces_the_old_report_a_broken_file_is_explained_and_open_pages_are_told()
    {
        using var temp = new TempFolder();
        var workbooks = temp.Folder("workbooks");
        foreach (var file in Directory.GetFiles(Path.Combine(RepoLayout.Root, "data", "workbooks")).Where(f => !f.EndsWith(Corrected, StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(workbooks, Path.GetFileName(file)));
        var upload = temp.Folder("upload");
        File.Copy(Path.Combine(RepoLayout.Root, "data", "workbooks", Corrected), Path.Combine(upload, Corrected));
        var broken = Path.Combine(upload, "PL7_VanCanh.xlsx");
        await File.WriteAllTextAsync(broken, "Đơn vị;Chỉ tiêu;2019\nVân Canh;Tỷ lệ;98,5\n"); // a CSV renamed .xlsx
        var warehouse = Path.Combine(temp.Folder("data"), "warehouse.duckdb");
        var settings = new Dictionary<string, string>
        {
            ["Warehouse__Path"] = warehouse,
            ["Warehouse__Workbooks"] = workbooks,
            ["Uploads__Path"] = temp.Folder("uploads"),
            ["Accounts__Path"] = temp.File("users.json"),
        };
        await using var app = await DashboardProcess.StartAsync(settings);
        // A second dashboard process on the same data folder: how one machine becomes several.
        await using var twin = await DashboardProcess.StartAsync(settings);

        // A reader has the Tây Sơn profile open before the upload.
        await using var reader = await DashboardTab.OpenAsync(dashboard.Browser, app, "viewer");
        await reader.GoToAsync("/don-vi/547");
        await Expect(reader.Page.Locator("[data-refresh-notice]")).ToHaveCountAsync(0);

        // First the broken file alone: answered in words, every figure as it was (the warehouse records the refusal).
        await using var steward = await DashboardTab.OpenAsync(dashboard.Browser, app, "admin");
        await steward.GoToAsync("/tai-len");
        var before = Figures(warehouse);
        await steward.Page.Locator("[data-upload-input]").SetInputFilesAsync([broken]);
        var rejected = steward.Page.Locator("[data-upload-answers] tr[data-file='PL7_VanCanh.xlsx']");
        await Expect(rejected).ToHaveAttributeAsync("data-answer", "rejected", new() { Timeout = 30_000 });
        await Expect(rejected).ToContainTextAsync("không phải bảng tính");
        Assert.Equal(before, Figures(warehouse));

        // Then the corrected workbook: loaded, replacing the first version.
        await steward.Page.Locator("[data-upload-input]").SetInputFilesAsync([Path.Combine(upload, Corrected)]);
        var replaced = steward.Page.Locator($"[data-upload-answers] tr[data-file='{Corrected}']");
        await Expect(replaced).ToHaveAttributeAsync("data-answer", "replaced", new() { Timeout = 30_000 });
        await Expect(replaced).ToContainTextAsync("thay thế");
        Assert.NotEqual(before, Figures(warehouse));
        await steward.SaveScreenshotsAsync("tai-len");

        // The open page learns of it and stays healthy; one click shows the new data.
        await Expect(reader.Page.Locator("[data-refresh-notice]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await reader.AssertHealthyAsync();
        // The button reloads the page from the server (a new circuit): wait for that load, not the old page's charts.
        var reloaded = new TaskCompletionSource();
        void OnLoad(object? sender, Microsoft.Playwright.IPage page) => reloaded.TrySetResult();
        reader.Page.Load += OnLoad;
        await reader.Page.Locator("[data-action=refresh]").ClickAsync();
        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(20));
        reader.Page.Load -= OnLoad;
        await reader.WaitForChartsAsync();
        await reader.AssertHealthyAsync();
        await Expect(reader.Page.Locator("[data-refresh-notice]")).ToHaveCountAsync(0);
        Assert.Single(Directory.GetFiles(Path.Combine(workbooks, "tai-len")), f => f.EndsWith("PL3_TaySon_bo-sung.xlsx", StringComparison.Ordinal));

        // The twin serves the new snapshot too, and its pages show the replaced report.
        var published = Path.GetFileName(new FileInfo(warehouse).ResolveLinkTarget(returnFinalTarget: true)!.FullName);
        using var http = new HttpClient { BaseAddress = twin.BaseUrl };
        Assert.Contains(published, await http.GetStringAsync("healthz"));
        await using var elsewhere = await DashboardTab.OpenAsync(dashboard.Browser, twin, "analyst");
        await elsewhere.GoToAsync("/du-lieu");
        await Expect(elsewhere.Page.Locator("[data-history] tr[data-history-row='547-PL3'][data-live=true]")).ToContainTextAsync("PL3_TaySon_bo-sung.xlsx");
    }

    // Every value, verdict and count the warehouse holds now, with where it came from.
    static string Figures(string warehouse)
    {
        var target = new FileInfo(warehouse).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? warehouse;
        using var db = CCHC.Warehouse.WarehouseDatabase.OpenReadOnly(target);
        var rows = new[] { "fact_indicator_value", "fact_target_evaluation", "fact_org_count" }
            .SelectMany(table => Dapper.SqlMapper.Query(db.Connection, $"select * from {table} order by all")
                .Select(row => table + "|" + string.Join("|", ((IDictionary<string, object>)row).Values)));
        return Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", rows))));
    }
}
