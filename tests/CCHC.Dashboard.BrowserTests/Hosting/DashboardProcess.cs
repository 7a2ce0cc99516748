using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CCHC.Dashboard.BrowserTests.Hosting;

/// <summary>The dashboard as a user's machine runs it: its built dll, started from the repository root on a free
/// port, in Production. Killed with its process tree on dispose.</summary>
public sealed class DashboardProcess : IAsyncDisposable
{
    static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>The accounts every test app has, one per role, made with the app's own `user add` command.</summary>
    public static readonly IReadOnlyDictionary<string, string> Passwords = new Dictionary<string, string>
    {
        ["viewer"] = "viewer-password-1",
        ["analyst"] = "analyst-password-1",
        ["admin"] = "admin-password-1",
    };

    readonly Process process;
    readonly StringBuilder output = new();
    readonly TempFolder accounts = new();
    readonly Dictionary<string, string> signedIn = [];

    public Uri BaseUrl { get; }

    public int ProcessId => process.Id;

    /// <summary>From starting the process to its first answer: a first start includes building the warehouse.</summary>
    public TimeSpan StartedIn { get; private set; }

    DashboardProcess(Process process, Uri baseUrl) => (this.process, BaseUrl) = (process, baseUrl);

    /// <summary>What the app wrote so far, for failure messages.</summary>
    public string Output { get { lock (output) return output.ToString(); } }

    public string OutputTail(int lines) => string.Join("\n", Output.Split('\n').TakeLast(lines));

    /// <param name="environment">Extra settings, e.g. Warehouse__Path.</param>
    public static async Task<DashboardProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var dll = RepoLayout.DashboardDll;
        if (!File.Exists(dll))
            throw new InvalidOperationException($"The dashboard is not built at {dll}; build the test project (its ProjectReference builds the dashboard).");

        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoLayout.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", baseUrl.ToString().TrimEnd('/') }) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The app's own messages (building the warehouse, errors) without a line per request.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__CCHC"] = "Information";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var usersFile = environment.TryGetValue("Accounts__Path", out var given) ? given : null;

        var app = new DashboardProcess(new Process { StartInfo = start, EnableRaisingEvents = true }, baseUrl);
        start.Environment["Accounts__Path"] = usersFile ?? app.accounts.File("users.json");
        foreach (var (role, password) in Passwords)
            await AddUserAsync(start.Environment, role, role, password);
        app.process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        var clock = Stopwatch.StartNew();
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilServingAsync();
            app.StartedIn = clock.Elapsed;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    /// <summary>`dotnet CCHC.Dashboard.dll user add NAME --role ROLE --password-stdin`, as a steward would run it.</summary>
    public static Task AddUserAsync(IDictionary<string, string?> environment, string name, string role, string password) =>
        UserCommandAsync(environment, password, "add", name, "--role", role, "--password-stdin", "--replace");

    /// <summary>`dotnet CCHC.Dashboard.dll user ARGS` on this app's accounts, while the app runs.</summary>
    public Task UserCommandAsync(string? stdin, params string[] args) => UserCommandAsync(process.StartInfo.Environment, stdin, args);

    static async Task UserCommandAsync(IDictionary<string, string?> environment, string? stdin, params string[] args)
    {
        var command = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoLayout.Root, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { RepoLayout.DashboardDll, "user" }.Concat(args)) command.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) command.Environment[key] = value;
        using var process = Process.Start(command)!;
        if (stdin is not null) await process.StandardInput.WriteLineAsync(stdin);
        process.StandardInput.Close();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"user {string.Join(' ', args)} failed: {error}");
    }

    /// <summary>A browser storage state signed in as this role (signed in once per app and role, through the form).</summary>
    public async Task<string> SignedInStateAsync(Microsoft.Playwright.IBrowser browser, string role)
    {
        lock (signedIn) if (signedIn.TryGetValue(role, out var known)) return known;
        var state = await SignInAsync(browser, role, Passwords[role]);
        lock (signedIn) signedIn[role] = state;
        return state;
    }

    /// <summary>A new session through the sign-in form, as a browser storage state: for tests that end their session
    /// (signing out ends it on the server, for every copy of the cookie).</summary>
    public async Task<string> SignInAsync(Microsoft.Playwright.IBrowser browser, string name, string password)
    {
        await using var context = await browser.NewContextAsync(new() { BaseURL = BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/dang-nhap");
        await page.Locator("[data-field=name]").FillAsync(name);
        await page.Locator("[data-field=password]").FillAsync(password);
        await page.Locator("[data-action=login]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("dang-nhap", StringComparison.Ordinal));
        return await context.StorageStateAsync();
    }

    async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        var last = "no answer yet";
        while (clock.Elapsed < StartTimeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The dashboard exited with code {process.ExitCode} before serving {BaseUrl}.\n{Output}");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "healthz"));
                // 503: serving, but without a readable warehouse (a case some tests start on purpose).
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable) return;
                last = $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"GET {BaseUrl} did not return 200 within {StartTimeout.TotalSeconds} s (last: {last}).\n{Output}");
    }

    void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
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
        catch (InvalidOperationException) { } // never started, or already gone
        catch (TimeoutException) { }
        process.Dispose();
        accounts.Dispose();
    }
}
