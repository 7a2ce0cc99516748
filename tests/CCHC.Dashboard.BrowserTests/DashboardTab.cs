using System.Text.Json;
using CCHC.Dashboard.BrowserTests.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>A browser tab on the dashboard, with what every test needs: open a route and wait until its charts are
/// drawn, wait for the charts to be drawn again after the user changed something, and check the page is healthy
/// (no Blazor error bar, no problem banner, no chart error, no console error).</summary>
public sealed class DashboardTab : IAsyncDisposable
{
    public static readonly ViewportSize Laptop = new() { Width = 1366, Height = 768 };
    public static readonly ViewportSize Desktop = new() { Width = 1920, Height = 1080 };

    // Settled: the circuit has replaced the prerendered page (before that a click or a slicer does nothing), no page
    // is loading, and every chart is drawn (ApexCharts' mounted event set data-ready) or failed.
    // A chart marked by MarkCharts counts only once it is a new element or its data-updated-at has moved on.
    const string ChartsSettled = """
        () => {
          if (!document.querySelector('main[data-interactive="true"]')) return false;
          if (document.querySelector('[aria-busy="true"]')) return false;
          return [...document.querySelectorAll('.apex-chart')].every(c =>
            c.dataset.error !== undefined ||
            (c.dataset.ready === 'true' && (c.__drawnBefore === undefined || (c.dataset.updatedAt ?? '') !== c.__drawnBefore)));
        }
        """;

    readonly IBrowserContext context;
    readonly DashboardProcess app;
    readonly List<string> consoleErrors = [];

    public IPage Page { get; }

    DashboardTab(IBrowserContext context, IPage page, DashboardProcess app)
    {
        (this.context, Page, this.app) = (context, page, app);
        page.Console += (_, message) => { if (message.Type == "error") lock (consoleErrors) consoleErrors.Add(message.Text); };
        page.PageError += (_, error) => { lock (consoleErrors) consoleErrors.Add(error); };
    }

    /// <summary>A tab signed in with the role's account (an analyst's unless said: every page and the exports);
    /// null for a tab that is not signed in.</summary>
    public static async Task<DashboardTab> OpenAsync(IBrowser browser, DashboardProcess app, string? role = "analyst") =>
        await OpenWithStateAsync(browser, app, role is null ? null : await app.SignedInStateAsync(browser, role));

    /// <summary>A tab with these cookies (from <see cref="DashboardProcess.SignInAsync"/>), as a second browser
    /// holding a copy of them would be.</summary>
    public static async Task<DashboardTab> OpenWithStateAsync(IBrowser browser, DashboardProcess app, string? storageState)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl.ToString(),
            ViewportSize = Laptop,
            Locale = "vi-VN",
            StorageState = storageState,
        });
        context.SetDefaultTimeout(15_000);
        return new DashboardTab(context, await context.NewPageAsync(), app);
    }

    /// <summary>Opens a route as a user typing the address would, and waits until its charts are drawn.</summary>
    public async Task GoToAsync(string route)
    {
        var response = await Page.GotoAsync(route, new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(response?.Ok, $"GET {route} answered {response?.Status}");
        await WaitForChartsAsync();
    }

    /// <summary>Remembers the charts on screen, so <see cref="WaitForChartsAsync"/> waits for them to be drawn again.</summary>
    public Task MarkChartsAsync() =>
        Page.EvaluateAsync("() => document.querySelectorAll('.apex-chart').forEach(c => c.__drawnBefore = c.dataset.updatedAt ?? '')");

    public Task WaitForChartsAsync() => WaitAsync(TimeSpan.FromSeconds(20), "were not drawn");

    /// <summary>After a change the user made (charts marked by <see cref="MarkChartsAsync"/> first): every chart is
    /// drawn again, as a new chart or an update of the old one.</summary>
    public Task WaitForRedrawAsync(string change) =>
        WaitAsync(TimeSpan.FromSeconds(10), $"were not drawn again (neither re-created nor updated) after {change}");

    async Task WaitAsync(TimeSpan timeout, string failure)
    {
        try
        {
            await Page.WaitForFunctionAsync(ChartsSettled, null, new() { Timeout = (float)timeout.TotalMilliseconds, PollingInterval = 100 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(
                $"The charts of {Page.Url} {failure} within {timeout.TotalSeconds} s.\nCharts: {await DescribeChartsAsync()}\n" +
                $"Console errors: {ConsoleErrorText()}\nApp output (end):\n{app.OutputTail(40)}", e);
        }
    }

    /// <summary>The page a user should see: no Blazor error bar, no "cannot show the data" banner, every chart drawn.</summary>
    public async Task AssertHealthyAsync(bool problemExpected = false)
    {
        await Expect(Page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        var problems = await Page.Locator("[data-problem]").AllInnerTextsAsync();
        if (!problemExpected)
            Assert.True(problems.Count == 0, $"{Page.Url} shows a problem: {string.Join(" ", problems)}");
        var failed = await Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.apex-chart[data-error]')].map(c => c.dataset.chartId + ': ' + c.dataset.error)");
        Assert.True(failed.Length == 0, $"Charts that could not be drawn on {Page.Url}: {string.Join("; ", failed)}");
        Assert.True(ConsoleErrors.Count == 0, $"Console errors on {Page.Url}:\n{ConsoleErrorText()}");
    }

    /// <summary>Waits for the address to match after a change the user made, saying what the page and the app
    /// showed when it does not.</summary>
    public async Task WaitForAddressAsync(System.Text.RegularExpressions.Regex address, string change)
    {
        // Polled, not awaited as a navigation event: Blazor's history.pushState can land between Playwright's first
        // look at the address and the start of its wait, and that wait then never ends (seen once in CI).
        try
        {
            await Expect(Page).ToHaveURLAsync(address, new() { Timeout = 15_000 });
        }
        catch (PlaywrightException e)
        {
            throw new TimeoutException(
                $"The address stayed {Page.Url} after {change} (expected {address}).\nConsole errors: {ConsoleErrorText()}\n" +
                $"App output (end):\n{app.OutputTail(40)}", e);
        }
    }

    public IReadOnlyList<string> ConsoleErrors { get { lock (consoleErrors) return consoleErrors.ToList(); } }

    /// <summary>The drawn chart with this id (the table view of a chart carries the same data-chart-id, so the class matters).</summary>
    public ILocator Chart(string id) => Page.Locator($".apex-chart[data-chart-id=\"{id}\"]");

    public ILocator Charts => Page.Locator(".apex-chart");

    /// <summary>Full-page PNGs at laptop and desktop size, for humans to look at; nothing compares them.</summary>
    public async Task SaveScreenshotsAsync(string name)
    {
        Directory.CreateDirectory(RepoLayout.Screenshots);
        foreach (var size in new[] { Laptop, Desktop })
        {
            await Page.SetViewportSizeAsync(size.Width, size.Height);
            await Page.WaitForTimeoutAsync(700); // ApexCharts redraws on resize after a debounce, then animates 300 ms
            await Page.ScreenshotAsync(new() { Path = Path.Combine(RepoLayout.Screenshots, $"{name}-{size.Width}x{size.Height}.png"), FullPage = true });
        }
        await Page.SetViewportSizeAsync(Laptop.Width, Laptop.Height);
    }

    async Task<string> DescribeChartsAsync()
    {
        var state = await Page.EvaluateAsync<JsonElement>("""
            () => ({
              busy: !!document.querySelector('[aria-busy="true"]'),
              problem: document.querySelector('[data-problem]')?.innerText ?? null,
              charts: [...document.querySelectorAll('.apex-chart')].map(c => ({ id: c.dataset.chartId, ready: c.dataset.ready ?? null,
                updatedAt: c.dataset.updatedAt ?? null, before: c.__drawnBefore ?? null, error: c.dataset.error ?? null }))
            })
            """);
        return state.ToString();
    }

    string ConsoleErrorText() => string.Join("\n", ConsoleErrors);

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
