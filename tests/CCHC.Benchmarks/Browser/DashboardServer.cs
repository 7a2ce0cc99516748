using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CCHC.Benchmarks.Harness;
using Microsoft.Playwright;

namespace CCHC.Benchmarks.Browser;

/// <summary>The built dashboard as a user's machine runs it (dashboard/bin/Release/net10.0/CCHC.Dashboard.dll, from
/// the repository root, Production), on a free port, with its own warehouse, accounts and uploads in a temp folder:
/// its first start builds the warehouse from data/workbooks. Killed with its process tree on dispose.</summary>
sealed class DashboardServer : IAsyncDisposable
{
    public static readonly IReadOnlyDictionary<string, string> Accounts = new Dictionary<string, string>
    {
        ["bench-analyst"] = "analyst",
        ["bench-admin"] = "admin",
    };
    const string Password = "benchmark-password-1";

    readonly Process process;
    readonly StringBuilder output = new();
    readonly TempFolder folder;

    public Uri BaseUrl { get; }
    public int ProcessId => process.Id;
    public TimeSpan StartedIn { get; private set; }

    DashboardServer(Process process, Uri baseUrl, TempFolder folder) => (this.process, BaseUrl, this.folder) = (process, baseUrl, folder);

    public static async Task<DashboardServer> StartAsync()
    {
        if (!File.Exists(Repo.DashboardDll))
            throw new InvalidOperationException($"No dashboard build at {Repo.DashboardDll}; build this project in Release first.");
        var folder = new TempFolder();
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Repo.DashboardDll, "--urls", baseUrl.ToString().TrimEnd('/') }) start.ArgumentList.Add(arg);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_NOLOGO"] = "1",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Warehouse__Path"] = folder.File("warehouse.duckdb"),
            ["Accounts__Path"] = folder.File("users.json"),
            ["Uploads__Path"] = folder.File("uploads"),
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        foreach (var (name, role) in Accounts)
        {
            var (exit, said) = RunWithInput("dotnet", [Repo.DashboardDll, "user", "add", name, "--role", role, "--password-stdin", "--replace"],
                Password, environment);
            if (exit != 0) throw new InvalidOperationException($"user add {name} failed: {said}");
        }

        var server = new DashboardServer(new Process { StartInfo = start }, baseUrl, folder);
        server.process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        var clock = Stopwatch.StartNew();
        server.process.Start();
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilServingAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        server.StartedIn = clock.Elapsed;
        return server;
    }

    /// <summary>A browser storage state signed in with this account, through the sign-in form at /dang-nhap.</summary>
    public async Task<string> SignInAsync(IBrowser browser, string account)
    {
        await using var context = await browser.NewContextAsync(new() { BaseURL = BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/dang-nhap");
        await page.Locator("[data-field=name]").FillAsync(account);
        await page.Locator("[data-field=password]").FillAsync(Password);
        await page.Locator("[data-action=login]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("dang-nhap", StringComparison.Ordinal));
        return await context.StorageStateAsync();
    }

    /// <summary>The server process's working set now (resident memory, as /proc reports it).</summary>
    public long WorkingSet
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    public string OutputTail(int lines)
    {
        lock (output) return string.Join("\n", output.ToString().Split('\n').TakeLast(lines));
    }

    async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited) throw new InvalidOperationException($"The dashboard exited ({process.ExitCode}):\n{OutputTail(40)}");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "healthz"));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{BaseUrl}healthz did not answer 200 within 120 s.\n{OutputTail(40)}");
    }

    void Append(string? line)
    {
        if (line is not null) lock (output) output.AppendLine(line);
    }

    static (int, string) RunWithInput(string file, IEnumerable<string> args, string input, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = Repo.Root, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.WriteLine(input);
        process.StandardInput.Close();
        var said = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, said);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException) { }
        catch (TimeoutException) { }
        process.Dispose();
        folder.Dispose();
    }
}
