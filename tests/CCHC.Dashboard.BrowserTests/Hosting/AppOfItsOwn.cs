namespace CCHC.Dashboard.BrowserTests.Hosting;

/// <summary>A dashboard process for one test class, on the shipped workbooks with its own warehouse, uploads and
/// accounts, and with settings the shared app must not have (a short revalidation, tight sign-in limits).</summary>
public abstract class AppOfItsOwn(IReadOnlyDictionary<string, string> settings) : IAsyncLifetime
{
    readonly TempFolder temp = new();

    public DashboardProcess App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var environment = new Dictionary<string, string>(settings)
        {
            ["Warehouse__Path"] = temp.File("warehouse.duckdb"),
            ["Uploads__Path"] = temp.Folder("uploads"),
            ["Accounts__Path"] = temp.File("users.json"),
        };
        App = await DashboardProcess.StartAsync(environment);
    }

    public async Task DisposeAsync()
    {
        if (App is not null) await App.DisposeAsync();
        temp.Dispose();
    }
}
