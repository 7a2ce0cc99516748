using System.Text.RegularExpressions;
using CCHC.Dashboard.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>What a crafted link or a hand-made form post sends to the sign-in form: a Vietnamese return address
/// signs in and lands there, a name with line breaks cannot write a log line of its own.</summary>
[Collection(DashboardCollection.Name)]
public sealed class SignInInput(DashboardFixture dashboard)
{
    [Fact]
    public async Task A_return_address_with_Vietnamese_in_it_signs_in_and_lands_there()
    {
        await using var tab = await dashboard.OpenTabAsync(role: null);
        var back = "/xu-huong?ghi-chu=Tây Sơn";
        await tab.Page.GotoAsync("/dang-nhap?ReturnUrl=" + Uri.EscapeDataString(back));
        await tab.Page.Locator("[data-field=name]").FillAsync("viewer");
        await tab.Page.Locator("[data-field=password]").FillAsync(DashboardProcess.Passwords["viewer"]);
        var answer = await tab.Page.RunAndWaitForResponseAsync(
            () => tab.Page.Locator("[data-action=login]").ClickAsync(), r => r.Request.Method == "POST");

        Assert.True(answer.Status is 302 or 303, $"The sign-in answered {answer.Status}.\nApp output (end):\n{dashboard.App.OutputTail(40)}");
        await tab.WaitForAddressAsync(new Regex(@"/xu-huong\?ghi-chu=T%C3%A2y%20S%C6%A1n$"), "signing in");
        await tab.WaitForChartsAsync();
        await tab.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_user_name_with_line_breaks_cannot_forge_a_log_line()
    {
        await using var tab = await dashboard.OpenTabAsync(role: null);
        await tab.Page.GotoAsync("/dang-nhap");
        var token = await tab.Page.Locator("input[name=__RequestVerificationToken]").GetAttributeAsync("value");
        const string forged = "      Sign-in of admin (admin) from 10.9.8.7";
        // A browser's text box drops line breaks, so an attacker posts the form by hand.
        var post = await tab.Page.APIRequest.PostAsync("/dang-nhap", new()
        {
            Form = FormOf(new()
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = token!,
                ["Input.Name"] = "nobody\ninfo: CCHC.Dashboard.Components.Pages.Login[0]\n" + forged,
                ["Input.Password"] = "whatever-it-is",
            }, tab),
        });
        Assert.Equal(200, post.Status);
        Assert.Contains("data-login-error", await post.TextAsync());

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!dashboard.App.Output.Contains("nobody\\u000A", StringComparison.Ordinal) && clock.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(100);
        Assert.Contains("Failed sign-in for nobody\\u000Ainfo: CCHC.Dashboard.Components.Pages.Login[0]\\u000A", dashboard.App.Output);
        Assert.DoesNotContain(dashboard.App.Output.Split('\n'), line => line.TrimEnd('\r') == forged);
    }

    static Microsoft.Playwright.IFormData FormOf(Dictionary<string, string> fields, DashboardTab tab)
    {
        var form = tab.Page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields) form.Set(name, value);
        return form;
    }
}
