using System.Text.RegularExpressions;
using CCHC.Dashboard.BrowserTests.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>Its own app, with a tight limit per address, so the shared app's sign-ins are not throttled.</summary>
public sealed class ThrottledApp() : AppOfItsOwn(new Dictionary<string, string> { ["Accounts__SignInsPerAddressPerMinute"] = "12" });

/// <summary>Someone guessing passwords on the sign-in form: the account locks after five wrong ones (the right one
/// is refused too while it lasts), then the address is throttled for every name, and the log says both.</summary>
[Collection(DashboardCollection.Name)] // shares the browser
public sealed class SignInThrottling(DashboardFixture dashboard, ThrottledApp own) : IClassFixture<ThrottledApp>
{
    [Fact]
    public async Task Guessing_passwords_locks_the_account_then_throttles_the_address_and_is_logged()
    {
        await using var tab = await DashboardTab.OpenAsync(dashboard.Browser, own.App, role: null);
        await tab.Page.GotoAsync("/dang-nhap");

        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal(200, await TryAsync(tab.Page, "analyst", $"guess-{i}"));
            await Expect(tab.Page.Locator("[data-login-error]")).ToBeVisibleAsync();
        }
        Assert.Equal(200, await TryAsync(tab.Page, "analyst", "guess-5"));
        await Expect(tab.Page.Locator("[data-login-locked]")).ToContainTextAsync("tạm khoá");

        // The right password now: still refused, the lock says until when.
        Assert.Equal(200, await TryAsync(tab.Page, "analyst", DashboardProcess.Passwords["analyst"]));
        await Expect(tab.Page.Locator("[data-login-locked]")).ToContainTextAsync(new Regex(@"thử lại sau \d\d:\d\d"));
        Assert.Contains("/dang-nhap", tab.Page.Url);

        // Other names from the same machine: throttled once the address has used its twelve tries in a minute.
        var statuses = new List<int>();
        for (var i = 0; i < 8 && !statuses.Contains(429); i++)
            statuses.Add(await TryAsync(tab.Page, "viewer", $"other-guess-{i}"));
        Assert.Equal(429, statuses[^1]);
        Assert.Equal(7, statuses.Count); // six tries above, six more, then the thirteenth is refused
        await Expect(tab.Page.Locator("[data-throttled]")).ToContainTextAsync("Hãy đợi một phút");
        Assert.Equal(429, await TryAsync(tab.Page, "viewer", DashboardProcess.Passwords["viewer"], fromThrottledPage: true));

        Assert.Contains("Account name analyst locked until", own.App.Output);
        Assert.Contains("Sign-in throttled for viewer from 127.0.0.1", own.App.Output);
    }

    /// <summary>Fills and sends the sign-in form; the status of the answer (200: the form again, 429: throttled).</summary>
    static async Task<int> TryAsync(IPage page, string name, string password, bool fromThrottledPage = false)
    {
        if (fromThrottledPage || await page.Locator("[data-field=name]").CountAsync() == 0)
            await page.GotoAsync("/dang-nhap");
        await page.Locator("[data-field=name]").FillAsync(name);
        await page.Locator("[data-field=password]").FillAsync(password);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.Locator("[data-action=login]").ClickAsync(), r => r.Request.Method == "POST");
        await page.WaitForLoadStateAsync();
        return response.Status;
    }
}
