using System.Diagnostics;
using CCHC.Benchmarks.Data;
using CCHC.Benchmarks.Harness;
using CCHC.Dashboard.BrowserTests.Hosting;
using Microsoft.Playwright;

namespace CCHC.Benchmarks.Browser;

/// <summary>The dashboard in Debian's Chromium (headless, driven by Playwright): each route from navigation to every
/// chart drawn, a slicer change to the redraw, and 25 sessions changing slicers for a minute.</summary>
static class BrowserSuite
{
    const string Chromium = "/usr/bin/chromium";

    /// <summary>Every page, signed in as the admin (who may open all of them); the unit profile of Tây Sơn.</summary>
    static readonly string[] Routes = ["/", "/xu-huong", "/so-sanh", "/don-vi/547", "/muc-tieu", "/du-lieu", "/trinh-chieu", "/tai-len", "/tai-khoan"];

    const string AllCharts = ".apex-chart";

    // The overview's key indicators: every district has a value for each of them in every year, so a trend, a
    // ranking and a heat map always have something to draw.
    const string Indicators = "PL3.5.2,PL7.1,PL7.11,PL7.13,PL5.6,PL1.2";

    /// <summary>Slicer changes a user makes, by page, and the charts each one redraws.</summary>
    static readonly SlicerChange[] Changes =
    [
        new("/xu-huong", "indicator", "cycle", "select[data-slicer=indicator]", AllCharts, Indicators),
        // Not on to 2020: with the first quarter of 2020 left out too, that range is empty and the page rightly shows
        // "no data" instead of a chart; a walk that lands there has nothing left to redraw.
        new("/xu-huong", "from year", "cycle", "select[data-slicer=from]", AllCharts, "2015,2016,2017,2018,2019"),
        new("/xu-huong", "Q1/2020", "toggle", "[data-slicer=q1]", AllCharts),
        new("/xu-huong", "unit chip", "click", "[data-slicer=units] [data-unit='547']", AllCharts),
        new("/so-sanh", "year", "next", "select[data-slicer=year]", AllCharts),
        new("/so-sanh", "indicator", "cycle", "select[data-slicer=indicator]", ".apex-chart[data-chart-id=ranking]", Indicators),
        new("/", "to year", "next", "select[data-slicer=to]", ".apex-chart[data-chart-id^='key-']"),
    ];

    public static async Task RunAsync(Report report, BenchData data)
    {
        var figures = report.Begin("Browser");
        if (!File.Exists(Chromium))
        {
            figures.Add(Figure.Skipped("every browser figure", $"{Chromium} missing: run ./test.sh once (it installs chromium and fonts-noto-core)"));
            report.End();
            return;
        }
        Console.WriteLine("  · starting the dashboard (its first start builds its warehouse from data/workbooks) …");
        // Its own warehouse, uploads and accounts: the first start builds the warehouse from data/workbooks.
        using var folder = new TempFolder();
        await using var server = await DashboardProcess.StartAsync(new Dictionary<string, string>
        {
            ["Warehouse__Path"] = folder.File("warehouse.duckdb"),
            ["Uploads__Path"] = folder.File("uploads"),
            ["Accounts__Path"] = folder.File("users.json"),
        });
        figures.Add(new("dashboard start, warehouse built from data/workbooks, until /healthz answers 200", Show.Ms(server.StartedIn.TotalMilliseconds),
            "dotnet CCHC.Dashboard.dll, Release"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var admin = await server.SignedInStateAsync(browser, "admin");
        var analyst = await server.SignedInStateAsync(browser, "analyst");

        await RoutesAsync(figures, browser, server, admin, data.Quick ? 3 : 10);
        await RedrawAsync(figures, browser, server, analyst, data.Quick ? 5 : 15);
        await SessionsAsync(figures, browser, server, analyst, sessions: 25, TimeSpan.FromSeconds(data.Quick ? 20 : 60));
        report.End();
    }

    static async Task RoutesAsync(List<Figure> figures, IBrowser browser, DashboardProcess server, string state, int runs)
    {
        Console.WriteLine($"  · {Routes.Length} routes × {runs} navigations …");
        await using var tab = await BenchTab.OpenAsync(browser, server, state);
        foreach (var route in Routes) await Attempt(() => tab.OpenAsync(route), []); // warm: the server's JIT and caches, the browser's
        foreach (var route in Routes)
        {
            var (html, interactive, drawn) = (new Timings(), new Timings(), new Timings());
            var failures = new List<string>();
            for (var i = 0; i < runs; i++)
                if (await Attempt(() => tab.OpenAsync(route), failures) is (true, var t))
                {
                    html.Add(t.Html);
                    interactive.Add(t.Interactive);
                    drawn.Add(t.Drawn);
                }
            var charts = await tab.Page.Locator(".apex-chart").CountAsync();
            var problems = failures.Concat(await tab.ProblemsAsync()).Concat(tab.TakeErrors()).Distinct().ToList();
            figures.Add(new($"route {route}: navigation → every chart drawn", $"p50 {Show.Ms(drawn.P50)} · p95 {Show.Ms(drawn.P95)}",
                $"{charts} charts; medians: HTML {Show.Ms(html.P50)}, interactive {Show.Ms(interactive.P50)}; {drawn.Count} navigations" +
                (problems.Count > 0 ? $"; problems: {string.Join("; ", problems)}" : ""),
                Target.Below(1000, "ms", "p95"), failures.Count > 0 ? double.PositiveInfinity : drawn.P95));
        }
    }

    static async Task RedrawAsync(List<Figure> figures, IBrowser browser, DashboardProcess server, string state, int perChange)
    {
        Console.WriteLine($"  · {Changes.Length} slicers × {perChange} changes, one session …");
        await using var tab = await BenchTab.OpenAsync(browser, server, state);
        var all = new Timings();
        var allFailures = 0;
        foreach (var page in Changes.Select(c => c.Page).Distinct())
        {
            var timings = new Timings();
            var failures = new List<string>();
            await Attempt(() => tab.OpenAsync(page), failures);
            foreach (var change in Changes.Where(c => c.Page == page))
            {
                await Attempt(() => tab.ChangeAsync(change), failures); // warm
                for (var i = 0; i < perChange; i++)
                    if (await Attempt(() => tab.ChangeAsync(change), failures) is (true, var ms))
                    {
                        timings.Add(ms);
                        all.Add(ms);
                    }
            }
            allFailures += failures.Count;
            var problems = failures.Concat(await tab.ProblemsAsync()).Concat(tab.TakeErrors()).Distinct().ToList();
            var slicers = string.Join(", ", Changes.Where(c => c.Page == page).Select(c => c.Name));
            figures.Add(new($"slicer → redraw on {page} ({slicers})", $"p50 {Show.Ms(timings.P50)} · p95 {Show.Ms(timings.P95)}",
                $"{timings.Count} changes" + (problems.Count > 0 ? $"; problems: {string.Join("; ", problems)}" : "")));
        }
        figures.Add(new("slicer → redraw, every change above", $"p50 {Show.Ms(all.P50)} · p95 {Show.Ms(all.P95)} · max {Show.Ms(all.Max)}",
            $"{all.Count} changes, one session alone" + (allFailures > 0 ? $"; {allFailures} not redrawn" : ""),
            Target.Below(300, "ms", "p95"), allFailures > 0 ? double.PositiveInfinity : all.P95));
    }

    /// <summary>One measurement; a failure is noted and the suite goes on.</summary>
    static async Task<(bool Ok, T Value)> Attempt<T>(Func<Task<T>> measure, List<string> failures)
    {
        try
        {
            return (true, await measure());
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException or InvalidOperationException)
        {
            failures.Add(e.Message.Split('\n')[0]);
            return (false, default!);
        }
    }

    static async Task SessionsAsync(List<Figure> figures, IBrowser browser, DashboardProcess server, string state, int sessions, TimeSpan duration)
    {
        Console.WriteLine($"  · {sessions} sessions changing slicers for {duration.TotalSeconds:0} s …");
        var tabs = new List<BenchTab>();
        for (var i = 0; i < sessions; i++) tabs.Add(await BenchTab.OpenAsync(browser, server, state));
        var pages = Changes.Select(c => c.Page).Distinct().ToArray();
        var latencies = new Timings();
        var errors = new List<string>();
        var opened = new Timings();

        // Everyone opens a page first (a few users a second arriving), then the minute of slicer changes starts.
        var (openingServerCpu, openingBrowserCpu, opening) = (ProcessCpu.Seconds(server.ProcessId), ProcessCpu.ChromiumSeconds(), Stopwatch.StartNew());
        await Task.WhenAll(tabs.Select((tab, n) => OpenAsync(tab, n)));
        openingServerCpu = ProcessCpu.Seconds(server.ProcessId) - openingServerCpu;
        openingBrowserCpu = ProcessCpu.ChromiumSeconds() - openingBrowserCpu;
        var openingTook = opening.Elapsed;
        var memoryBefore = ProcessCpu.WorkingSet(server.ProcessId);
        var peak = memoryBefore;
        var serverCpu = ProcessCpu.Seconds(server.ProcessId);
        var browserCpu = ProcessCpu.ChromiumSeconds();
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, ProcessCpu.WorkingSet(server.ProcessId));
                try { await Task.Delay(250, stop.Token); } catch (OperationCanceledException) { }
            }
        });

        var clock = Stopwatch.StartNew();
        var deadline = DateTime.UtcNow + duration;
        await Task.WhenAll(tabs.Select((tab, n) => ChangeAsync(tab, n)));
        var took = clock.Elapsed;
        stop.Cancel();
        await sampler;
        var memoryAfter = ProcessCpu.WorkingSet(server.ProcessId);
        serverCpu = ProcessCpu.Seconds(server.ProcessId) - serverCpu;
        browserCpu = ProcessCpu.ChromiumSeconds() - browserCpu;
        foreach (var tab in tabs) await tab.DisposeAsync();

        figures.Add(new($"{sessions} sessions for {duration.TotalSeconds:0} s: slicer → redraw",
            $"p50 {Show.Ms(latencies.P50)} · p95 {Show.Ms(latencies.P95)} · max {Show.Ms(latencies.Max)}",
            $"{Show.Count(latencies.Count)} changes ({latencies.Count / took.TotalSeconds:0.0}/s), 1–2 s between a session's changes",
            Target.Below(500, "ms", "p95"), latencies.P95));
        figures.Add(new($"{sessions} sessions: errors", Show.Count(errors.Count),
            errors.Count == 0 ? "no timeouts, chart errors, error bars, console errors or 5xx"
                : string.Join(", ", errors.GroupBy(Kind).Select(g => $"{g.Count()} {g.Key}")) + "; first: " + errors[0],
            Target.Exactly(0, "errors"), errors.Count));
        figures.Add(new($"{sessions} sessions: opening the first page (one arriving every 0.1 s)", $"p50 {Show.Ms(opened.P50)} · p95 {Show.Ms(opened.P95)}",
            $"navigation → every chart drawn; cores: dashboard {Share(openingServerCpu, openingTook)}, Chromium {Share(openingBrowserCpu, openingTook)}"));
        figures.Add(new($"{sessions} sessions: server working set", $"peak {Show.MiB(peak)}",
            $"{Show.MiB(memoryBefore)} before, {Show.MiB(memoryAfter)} after"));
        figures.Add(new($"{sessions} sessions: who used the {Environment.ProcessorCount} cores while changing slicers",
            $"dashboard {Share(serverCpu, took)} · Chromium {Share(browserCpu, took)}",
            $"CPU seconds: {serverCpu:0} dashboard, {browserCpu:0} Chromium (25 pages drawing) in {took.TotalSeconds:0} s"));

        string PageOf(int n) => pages[n % pages.Length];

        static string Share(double cpuSeconds, TimeSpan wall) => Show.Percent(cpuSeconds / wall.TotalSeconds / Environment.ProcessorCount);

        static string Kind(string error) =>
            error.Contains("could not open", StringComparison.Ordinal) ? "pages not opened"
            : error.Contains("not drawn again", StringComparison.Ordinal) || error.Contains("Timeout", StringComparison.Ordinal) ? "redraws over 10 s"
            : error.StartsWith("console:", StringComparison.Ordinal) || error.StartsWith("page error:", StringComparison.Ordinal) ? "browser console errors"
            : error.StartsWith("HTTP ", StringComparison.Ordinal) ? "5xx answers"
            : "charts failed, error bars or problem banners";

        async Task OpenAsync(BenchTab tab, int n)
        {
            await Task.Delay(n * 100);
            try
            {
                var t = await tab.OpenAsync(PageOf(n), pollMs: 25, timeoutMs: 60_000);
                lock (opened) opened.Add(t.Drawn);
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException or InvalidOperationException)
            {
                lock (errors) errors.Add($"session {n} could not open {PageOf(n)}: {e.Message.Split('\n')[0]}");
            }
        }

        async Task ChangeAsync(BenchTab tab, int n)
        {
            var mine = Changes.Where(c => c.Page == PageOf(n)).ToArray();
            var random = new Random(n);
            await Task.Delay(random.Next(1000));
            for (var i = 0; DateTime.UtcNow < deadline; i++)
            {
                var change = mine[i % mine.Length];
                try
                {
                    var ms = await tab.ChangeAsync(change, pollMs: 25);
                    lock (latencies) latencies.Add(ms);
                }
                catch (Exception e) when (e is TimeoutException or PlaywrightException or InvalidOperationException)
                {
                    lock (errors) errors.Add($"{change.Page} {change.Name}: {e.Message.Split('\n')[0]}");
                }
                var seen = (await tab.ProblemsAsync()).Concat(tab.TakeErrors()).ToList();
                if (seen.Count > 0) lock (errors) errors.AddRange(seen);
                await Task.Delay(1000 + random.Next(1000)); // a user looks at the chart before the next change
            }
        }
    }
}

/// <summary>A slicer a user changes on a page, and the charts that change redraws (a CSS selector).</summary>
/// <param name="Kind">"next" (the next option of a select), "cycle" (the next of <paramref name="Values"/>, comma
/// separated), "toggle" (a checkbox) or "click" (a button); see bench.js.</param>
sealed record SlicerChange(string Page, string Name, string Kind, string Selector, string Watch, string? Values = null);
