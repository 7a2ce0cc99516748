using CCHC.Benchmarks.Harness;
using CCHC.Dashboard.BrowserTests.Hosting;
using Microsoft.Playwright;

namespace CCHC.Benchmarks.Browser;

/// <summary>One signed-in browser tab (its own context, so its own Blazor circuit) with bench.js installed, timing
/// from inside the page: navigation to every chart drawn, slicer change to every chart drawn again.</summary>
sealed class BenchTab : IAsyncDisposable
{
    static readonly string Script = Resources.Text("bench.js");

    readonly IBrowserContext context;
    readonly List<string> errors = [];

    public IPage Page { get; }

    BenchTab(IBrowserContext context, IPage page)
    {
        (this.context, Page) = (context, page);
        page.Console += (_, m) => { if (m.Type == "error") Error($"console: {m.Text}"); };
        page.PageError += (_, e) => Error($"page error: {e}");
        page.Response += (_, r) => { if (r.Status >= 500) Error($"HTTP {r.Status} {r.Url}"); };
    }

    public static async Task<BenchTab> OpenAsync(IBrowser browser, DashboardProcess server, string storageState)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = server.BaseUrl.ToString(),
            ViewportSize = new() { Width = 1366, Height = 768 },
            Locale = "vi-VN",
            StorageState = storageState,
        });
        await context.AddInitScriptAsync(Script);
        return new BenchTab(context, await context.NewPageAsync());
    }

    /// <summary>Errors seen so far (console errors, page errors, 5xx answers), and forgets them.</summary>
    public IReadOnlyList<string> TakeErrors()
    {
        lock (errors)
        {
            var taken = errors.ToList();
            errors.Clear();
            return taken;
        }
    }

    void Error(string text)
    {
        lock (errors) errors.Add(text);
    }

    /// <summary>Opens the route as a user typing its address would; returns milliseconds from the start of the
    /// navigation (the page's own clock) to the HTML, to the interactive page and to every chart drawn.</summary>
    public async Task<PageTiming> OpenAsync(string route, int pollMs = 10, int timeoutMs = 20_000)
    {
        var response = await Page.GotoAsync(route, new() { WaitUntil = WaitUntilState.Commit });
        if (response is null || !response.Ok) throw new InvalidOperationException($"GET {route} answered {response?.Status}");
        if (new Uri(Page.Url).AbsolutePath.Contains("dang-nhap", StringComparison.Ordinal))
            throw new InvalidOperationException($"{route} sent the benchmark to the sign-in page.");
        var drawn = await Page.WaitForFunctionAsync("() => window.__bench.drawnAt()", null, new() { PollingInterval = pollMs, Timeout = timeoutMs });
        return await drawn.JsonValueAsync<PageTiming>();
    }

    /// <summary>Changes a slicer and returns milliseconds until every chart is drawn again (the page's own clock).</summary>
    public async Task<double> ChangeAsync(SlicerChange change, int pollMs = 10, int timeoutMs = 10_000)
    {
        var selector = change.Selector;
        var problem = await Page.EvaluateAsync<string>("([k, s, w, v]) => window.__bench.change(k, s, w, v)",
            new[] { change.Kind, selector, change.Watch, change.Values ?? "" });
        if (problem.Length > 0) throw new InvalidOperationException(problem);
        try
        {
            var redrawn = await Page.WaitForFunctionAsync("() => window.__bench.redrawnAfter()", null, new() { PollingInterval = pollMs, Timeout = timeoutMs });
            return await redrawn.JsonValueAsync<double>();
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Page.Url}: charts not drawn again {timeoutMs} ms after changing {selector} ({await ChartStateAsync()})");
        }
    }

    async Task<string> ChartStateAsync() => await Page.EvaluateAsync<string>("""
        () => JSON.stringify({ interactive: !!document.querySelector('main[data-interactive="true"]'), busy: !!document.querySelector('[aria-busy="true"]'),
          charts: [...document.querySelectorAll('.apex-chart')].map(c => [c.dataset.chartId, c.dataset.ready ?? null, c.dataset.updatedAt ?? null, c.__drawnBefore ?? null, c.dataset.error ?? null]) })
        """);

    /// <summary>Charts that failed, the error bar, problem banners on the page now.</summary>
    public Task<string[]> ProblemsAsync() => Page.EvaluateAsync<string[]>("() => window.__bench.problems()");

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}

/// <summary>Milliseconds from the start of a navigation: the HTML received (prerendered by the server), the circuit
/// taking over the page, every chart drawn. (Settable: Playwright fills it from the page's JSON.)</summary>
public sealed class PageTiming
{
    public double Html { get; set; }
    public double Interactive { get; set; }
    public double Drawn { get; set; }
}
