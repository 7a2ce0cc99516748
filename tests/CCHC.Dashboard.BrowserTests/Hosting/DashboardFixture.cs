using Microsoft.Playwright;

namespace CCHC.Dashboard.BrowserTests.Hosting;

/// <summary>One dashboard and one browser for the whole run. The warehouse is a fresh temp file, so starting the
/// app also builds the warehouse from the shipped data/workbooks, as on a newcomer's first start.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    readonly TempFolder temp = new();
    IPlaywright? playwright;

    public DashboardProcess App { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App = await DashboardProcess.StartAsync(new Dictionary<string, string>
        {
            ["Warehouse__Path"] = temp.File("warehouse.duckdb"),
            // Every test of the run signs in from 127.0.0.1; the limit itself is tested on an app of its own.
            ["Accounts__SignInsPerAddressPerMinute"] = "1000",
        });
        playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(playwright);
    }

    /// <summary>A new tab in its own browser context, at the size of a common office laptop.</summary>
    public Task<DashboardTab> OpenTabAsync(string? role = "analyst") => DashboardTab.OpenAsync(Browser, App, role);

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
        temp.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
