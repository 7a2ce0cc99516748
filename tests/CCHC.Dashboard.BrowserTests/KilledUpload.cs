using System.Diagnostics;
using CCHC.Dashboard.BrowserTests.Hosting;
using CCHC.Warehouse.Publishing;
using Dapper;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>The dashboard is killed (kill -9) while a steward's upload runs, once before the load is published and
/// once as it is published. After each restart the workbooks folder holds exactly the uploads the warehouse holds,
/// nothing is left half-way, and the steward can upload again.</summary>
[Collection(DashboardCollection.Name)] // shares the browser; its own apps on one data folder
public sealed class KilledUpload(DashboardFixture dashboard)
{
    [Fact]
    public async Task A_dashboard_killed_mid_upload_leaves_no_workbook_the_warehouse_lacks()
    {
        using var temp = new TempFolder();
        var workbooks = temp.Folder("workbooks"); // empty: the season's first upload builds the warehouse
        var uploads = temp.Folder("uploads");
        var warehouse = Path.Combine(temp.Folder("data"), "warehouse.duckdb");
        var settings = new Dictionary<string, string>
        {
            ["Warehouse__Path"] = warehouse,
            ["Warehouse__Workbooks"] = workbooks,
            ["Uploads__Path"] = uploads,
            ["Accounts__Path"] = temp.File("users.json"),
        };
        var files = Directory.GetFiles(Path.Combine(RepoLayout.Root, "data", "workbooks")).Order(StringComparer.Ordinal).Take(20).ToArray();
        var incoming = Path.Combine(uploads, "incoming");

        // Killed while the files wait in incoming/, before anything is published.
        await UploadAndKillAsync(settings, files, () => Directory.Exists(incoming) && Directory.EnumerateFiles(incoming).Any());
        await AssertConsistentAsync(settings, warehouse, workbooks, incoming);

        // Killed the moment the load is published, before or while its files move on.
        var published = WarehouseSnapshots.Current(warehouse);
        await UploadAndKillAsync(settings, files, () => WarehouseSnapshots.Current(warehouse) is { } now && now != published);
        var loaded = await AssertConsistentAsync(settings, warehouse, workbooks, incoming);
        Assert.Equal(20, loaded);
    }

    /// <summary>Starts the app, has the steward upload the files, and kills the process (SIGKILL) once
    /// <paramref name="when"/> holds.</summary>
    async Task UploadAndKillAsync(Dictionary<string, string> settings, string[] files, Func<bool> when)
    {
        var app = await DashboardProcess.StartAsync(settings);
        try
        {
            await using var steward = await DashboardTab.OpenAsync(dashboard.Browser, app, "admin");
            await steward.GoToAsync("/tai-len");
            await steward.Page.Locator("[data-upload-input]").SetInputFilesAsync(files);
            var clock = Stopwatch.StartNew();
            while (!when())
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "The upload never reached the moment to kill it.");
                await Task.Delay(2);
            }
            Process.GetProcessById(app.ProcessId).Kill(); // SIGKILL: no shutdown, no finally blocks
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>A fresh start on the same data: incoming/ is empty, every upload in tai-len/ is a file the warehouse
    /// loaded and every upload it loaded is there, and an upload still works. Returns how many uploads it holds.</summary>
    async Task<int> AssertConsistentAsync(Dictionary<string, string> settings, string warehouse, string workbooks, string incoming)
    {
        await using var app = await DashboardProcess.StartAsync(settings);
        Assert.Empty(Directory.Exists(incoming) ? Directory.GetFiles(incoming) : []);
        var taiLen = Path.Combine(workbooks, "tai-len");
        var kept = (Directory.Exists(taiLen) ? Directory.GetFiles(taiLen) : []).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var loaded = LoadedFiles(warehouse);
        Assert.Equal(loaded, kept);

        await using var steward = await DashboardTab.OpenAsync(dashboard.Browser, app, "admin");
        await steward.GoToAsync("/tai-len");
        await Expect(steward.Page.Locator("[data-upload-input]")).ToBeEnabledAsync();
        return kept.Count;
    }

    static List<string?> LoadedFiles(string warehouse)
    {
        if (WarehouseSnapshots.Current(warehouse) is not { } snapshot) return [];
        using var db = CCHC.Warehouse.WarehouseDatabase.OpenReadOnly(snapshot);
        return db.Connection.Query<string>("select file_name from load_file where status = 'loaded'")
            .Order(StringComparer.Ordinal).Select(name => (string?)name).ToList();
    }
}
