using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>Each role finds what it may use and only that, and the server refuses the rest, not only the menu.</summary>
[Collection(Hosting.DashboardCollection.Name)]
public sealed class RolesAndSignIn(Hosting.DashboardFixture dashboard)
{
    [Fact]
    public async Task Signed_out_every_page_leads_to_the_sign_in_form_and_a_wrong_password_is_refused()
    {
        await using var tab = await dashboard.OpenTabAsync(role: null);
        await tab.Page.GotoAsync("/so-sanh");
        await Expect(tab.Page).ToHaveURLAsync(new Regex("/dang-nhap"));

        await tab.Page.Locator("[data-field=name]").FillAsync("analyst");
        await tab.Page.Locator("[data-field=password]").FillAsync("not-the-password");
        await tab.Page.Locator("[data-action=login]").ClickAsync();

        await Expect(tab.Page.Locator("[data-login-error]")).ToBeVisibleAsync();
        var export = await tab.Page.APIRequest.GetAsync("/xuat/png/trend", new() { MaxRedirects = 0 });
        Assert.Equal(302, export.Status);
        Assert.Contains("/dang-nhap", export.Headers["location"]);
    }

    [Fact]
    public async Task A_viewer_reads_the_pages_but_cannot_export_or_open_data_quality()
    {
        await using var tab = await dashboard.OpenTabAsync("viewer");
        await tab.GoToAsync("/xu-huong");
        await tab.AssertHealthyAsync();
        await Expect(tab.Page.Locator("[data-card=trend] [data-export]")).ToHaveCountAsync(0);
        await Expect(tab.Page.Locator("nav a[href='du-lieu']")).ToHaveCountAsync(0);

        await tab.Page.GotoAsync("/du-lieu");
        await Expect(tab.Page.Locator("[data-forbidden]")).ToBeVisibleAsync();
        await Expect(tab.Page.Locator("[data-completeness]")).ToHaveCountAsync(0);

        var png = await tab.Page.APIRequest.GetAsync("/xuat/png/trend", new() { MaxRedirects = 0 });
        Assert.Equal(302, png.Status);
        Assert.Contains("/khong-du-quyen", png.Headers["location"]);
    }

    [Fact]
    public async Task An_analyst_exports_and_sees_data_quality_but_not_uploads_or_accounts()
    {
        await using var tab = await dashboard.OpenTabAsync("analyst");
        await tab.GoToAsync("/du-lieu");
        await tab.AssertHealthyAsync();
        await Expect(tab.Page.Locator("nav a[href='tai-len']")).ToHaveCountAsync(0);

        foreach (var page in new[] { "/tai-len", "/tai-khoan" })
        {
            await tab.Page.GotoAsync(page);
            await Expect(tab.Page.Locator("[data-forbidden]")).ToBeVisibleAsync();
            await Expect(tab.Page.Locator("[data-upload-input], [data-accounts]")).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task An_admin_finds_uploads_and_accounts_and_a_new_account_gets_a_one_time_password()
    {
        await using var tab = await dashboard.OpenTabAsync("admin");
        await tab.GoToAsync("/tai-khoan");
        await Expect(tab.Page.Locator("nav a[href='tai-len']")).ToBeVisibleAsync();
        await Expect(tab.Page.Locator("[data-account=analyst]")).ToBeVisibleAsync();

        await tab.Page.Locator("[data-field=new-name]").FillAsync("taison.pnv");
        await tab.Page.Locator("[data-field=new-role]").SelectOptionAsync("viewer");
        await tab.Page.Locator("[data-action=add]").ClickAsync();

        var message = tab.Page.Locator("[data-account-message]");
        await Expect(message).ToContainTextAsync("Mật khẩu (chỉ hiện một lần");
        var password = Regex.Match(await message.InnerTextAsync(), @"lần, hãy chuyển cho người dùng\): (\S+)").Groups[1].Value;
        Assert.Equal(16, password.Length);
        await Expect(tab.Page.Locator("[data-account='taison.pnv']")).ToBeVisibleAsync();

        // The new account signs in with it.
        await using var newcomer = await dashboard.OpenTabAsync(role: null);
        await newcomer.Page.GotoAsync("/dang-nhap");
        await newcomer.Page.Locator("[data-field=name]").FillAsync("taison.pnv");
        await newcomer.Page.Locator("[data-field=password]").FillAsync(password);
        await newcomer.Page.Locator("[data-action=login]").ClickAsync();
        await newcomer.Page.WaitForURLAsync(url => !url.Contains("dang-nhap", StringComparison.Ordinal));
        await newcomer.WaitForChartsAsync();
        await newcomer.AssertHealthyAsync();
    }

    [Fact]
    public async Task Signing_out_ends_the_session_in_that_browser()
    {
        // A session of its own: signing out ends it on the server, so the shared viewer session must not be the one.
        var state = await dashboard.App.SignInAsync(dashboard.Browser, "viewer", Hosting.DashboardProcess.Passwords["viewer"]);
        await using var tab = await DashboardTab.OpenWithStateAsync(dashboard.Browser, dashboard.App, state);
        await tab.GoToAsync("/");
        await tab.Page.Locator("[data-action=logout]").ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(new Regex("/dang-nhap"));
        await tab.Page.GotoAsync("/");
        await Expect(tab.Page).ToHaveURLAsync(new Regex("/dang-nhap"));
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_the_health_endpoint_answers_without_sign_in()
    {
        await using var tab = await dashboard.OpenTabAsync(role: null);
        var login = await tab.Page.GotoAsync("/dang-nhap");
        var headers = await login!.AllHeadersAsync();
        Assert.Contains("default-src 'self'", headers["content-security-policy"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("DENY", headers["x-frame-options"]);

        var health = await tab.Page.APIRequest.GetAsync("/healthz");
        Assert.Equal(200, health.Status);
        Assert.Contains("\"ok\"", await health.TextAsync());
    }
}
