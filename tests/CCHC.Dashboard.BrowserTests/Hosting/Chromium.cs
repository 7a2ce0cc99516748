using Microsoft.Playwright;

namespace CCHC.Dashboard.BrowserTests.Hosting;

/// <summary>Debian's Chromium driven by Playwright: Playwright cannot download its own browser here.</summary>
public static class Chromium
{
    const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: run ./test.sh from the repository root once, it installs Chromium and the Vietnamese fonts.");
        return await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
