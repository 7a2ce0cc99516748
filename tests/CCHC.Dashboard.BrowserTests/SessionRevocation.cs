using System.Text.RegularExpressions;
using CCHC.Dashboard.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>Its own app: open pages check their account every second instead of every 30.</summary>
public sealed class SessionsApp() : AppOfItsOwn(new Dictionary<string, string> { ["Accounts__RevalidateSeconds"] = "1" });

/// <summary>A session ends on the server: signing out ends every copy of the cookie, and removing an account or
/// changing its role signs out its open pages too, before they can be used.</summary>
[Collection(DashboardCollection.Name)] // shares the browser
public sealed class SessionRevocation(DashboardFixture dashboard, SessionsApp own) : IClassFixture<SessionsApp>
{
    static readonly Regex SignInForm = new("/dang-nhap");

    [Fact]
    public async Task A_copied_cookie_stops_working_once_its_session_signs_out()
    {
        var state = await own.App.SignInAsync(dashboard.Browser, "viewer", DashboardProcess.Passwords["viewer"]);
        await using var mine = await DashboardTab.OpenWithStateAsync(dashboard.Browser, own.App, state);
        await using var copy = await DashboardTab.OpenWithStateAsync(dashboard.Browser, own.App, state);
        await copy.GoToAsync("/xu-huong");
        await copy.AssertHealthyAsync();

        await mine.GoToAsync("/");
        await mine.Page.Locator("[data-action=logout]").ClickAsync();
        await Expect(mine.Page).ToHaveURLAsync(SignInForm);

        // The copy's open page is signed out too, and its next visit asks for a password.
        await Expect(copy.Page).ToHaveURLAsync(SignInForm, new() { Timeout = 10_000 });
        await copy.Page.GotoAsync("/so-sanh");
        await Expect(copy.Page).ToHaveURLAsync(SignInForm);
        var export = await copy.Page.APIRequest.GetAsync("/xuat/png/trend", new() { MaxRedirects = 0 });
        Assert.Equal(302, export.Status);
    }

    [Fact]
    public async Task An_open_page_of_a_removed_account_goes_back_to_the_sign_in_form()
    {
        await own.App.UserCommandAsync("removed-password-1", "add", "tam.pnv", "--role", "analyst", "--password-stdin");
        var state = await own.App.SignInAsync(dashboard.Browser, "tam.pnv", "removed-password-1");
        await using var tab = await DashboardTab.OpenWithStateAsync(dashboard.Browser, own.App, state);
        await tab.GoToAsync("/du-lieu");
        await tab.AssertHealthyAsync();

        await own.App.UserCommandAsync(null, "remove", "tam.pnv");

        await Expect(tab.Page).ToHaveURLAsync(SignInForm, new() { Timeout = 10_000 });
        await using var again = await DashboardTab.OpenWithStateAsync(dashboard.Browser, own.App, state);
        await again.Page.GotoAsync("/du-lieu");
        await Expect(again.Page).ToHaveURLAsync(SignInForm);
    }

    [Fact]
    public async Task A_demoted_admin_loses_the_accounts_page_open_in_the_browser_and_cannot_add_an_admin()
    {
        await own.App.UserCommandAsync("boss-password-1", "add", "boss", "--role", "admin", "--password-stdin");
        var state = await own.App.SignInAsync(dashboard.Browser, "boss", "boss-password-1");
        await using var tab = await DashboardTab.OpenWithStateAsync(dashboard.Browser, own.App, state);
        await tab.GoToAsync("/tai-khoan");
        await Expect(tab.Page.Locator("[data-accounts]")).ToBeVisibleAsync();

        // Demoted from the command line while the accounts page stays open.
        await own.App.UserCommandAsync("boss-password-2", "add", "boss", "--role", "viewer", "--password-stdin", "--replace");

        await Expect(tab.Page).ToHaveURLAsync(SignInForm, new() { Timeout = 10_000 });
        await Expect(tab.Page.Locator("[data-accounts]")).ToHaveCountAsync(0);
        // The old cookie in another tab reaches neither the page nor anything else.
        await using var other = await DashboardTab.OpenWithStateAsync(dashboard.Browser, own.App, state);
        await other.Page.GotoAsync("/tai-khoan");
        await Expect(other.Page).ToHaveURLAsync(SignInForm);

        // Signed in again, boss is the viewer the command made.
        var viewer = await own.App.SignInAsync(dashboard.Browser, "boss", "boss-password-2");
        await using var demoted = await DashboardTab.OpenWithStateAsync(dashboard.Browser, own.App, viewer);
        await demoted.Page.GotoAsync("/tai-khoan");
        await Expect(demoted.Page.Locator("[data-forbidden]")).ToBeVisibleAsync();
        await Expect(demoted.Page.Locator("[data-field=new-name]")).ToHaveCountAsync(0);
    }
}
