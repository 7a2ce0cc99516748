using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>A leader opening the dashboard on a phone (390×844): one column, the menu folded away until asked for,
/// nothing wider than the screen, and charts whose labels are whole.</summary>
[Collection(Hosting.DashboardCollection.Name)]
public sealed class PhoneLayout(Hosting.DashboardFixture dashboard)
{
    static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public static TheoryData<string> Pages => ["/", "/xu-huong", "/so-sanh", "/don-vi/547", "/muc-tieu", "/du-lieu", "/trinh-chieu"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task On_a_phone_the_page_is_no_wider_than_the_screen_and_its_chart_labels_are_whole(string route)
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.Page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await tab.GoToAsync(route);
        await tab.AssertHealthyAsync();

        var width = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= Phone.Width, $"{route} is {width} px wide on a {Phone.Width} px screen");
        await Expect(tab.Page.Locator("#main-nav")).ToBeHiddenAsync();

        // ApexCharts shortens a label that does not fit to "…"; and nothing it draws may stick out of its card.
        var cut = await tab.Charts.EvaluateAllAsync<string[]>("""
            cs => cs.flatMap(c => {
              const box = c.closest('.card, .chart-compact').getBoundingClientRect();
              return [...c.querySelectorAll('.apexcharts-xaxis-label, .apexcharts-yaxis-label, .apexcharts-legend-text')]
                .filter(l => { const r = l.getBoundingClientRect(); return r.width > 0 && (l.textContent.includes('...') || r.left < box.left - 1 || r.right > box.right + 1); })
                .map(l => c.dataset.chartId + ': ' + l.textContent);
            })
            """);
        Assert.True(cut.Length == 0, $"{route}: labels cut or outside their card: {string.Join("; ", cut)}");
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_from_the_top_bar_and_closes_on_the_page_chosen()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.Page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await tab.GoToAsync("/");
        var menu = tab.Page.Locator("[data-action=menu]");
        var nav = tab.Page.Locator("#main-nav");
        await Expect(nav).ToBeHiddenAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");

        await menu.ClickAsync();
        await Expect(nav).ToBeVisibleAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await tab.MarkChartsAsync();
        await nav.GetByRole(AriaRole.Link, new() { Name = "So sánh đơn vị" }).ClickAsync();

        await tab.WaitForAddressAsync(new Regex("/so-sanh$"), "choosing “So sánh đơn vị” in the menu");
        await tab.WaitForChartsAsync();
        await Expect(nav).ToBeHiddenAsync();
        await Expect(tab.Page.Locator("h1").First).ToHaveTextAsync("So sánh các đơn vị cấp huyện");
    }

    [Fact]
    public async Task On_a_laptop_the_menu_stays_open_beside_the_page()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/");

        await Expect(tab.Page.Locator("#main-nav")).ToBeVisibleAsync();
        await Expect(tab.Page.Locator("[data-action=menu]")).ToBeHiddenAsync();
    }
}
