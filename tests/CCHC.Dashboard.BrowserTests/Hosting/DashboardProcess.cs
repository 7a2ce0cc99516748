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

    readonly Process process;
    readonly StringBuilder output = new();

    public Uri BaseUrl { get; }

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

        var app = new DashboardProcess(new Process { StartInfo = start, EnableRaisingEvents = true }, baseUrl);
        app.process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilServingAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
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
                using var response = await http.GetAsync(BaseUrl);
                if (response.StatusCode == HttpStatusCode.OK) return;
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
    }
}
