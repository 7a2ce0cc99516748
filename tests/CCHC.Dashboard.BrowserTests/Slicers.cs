using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>Picking a slicer puts the choice in the address and the charts redraw for it; an address with a choice
/// brings the same view back.</summary>
[Collection(Hosting.DashboardCollection.Name)]
public sealed class Slicers(Hosting.DashboardFixture dashboard)
{
    const string SeriesShapes = "c => [...c.querySelectorAll('.apexcharts-series path')].map(p => p.getAttribute('d')).join('|')";

    [Fact]
    public async Task Choosing_another_indicator_redraws_the_trend_chart()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/xu-huong");
        var indicator = tab.Page.Locator("select[data-slicer=indicator]");
        await Expect(indicator).ToHaveValueAsync("PL3.5.2");
        var title = tab.Page.Locator("[data-card=trend] .card-title");
        var titleBefore = await title.InnerTextAsync();
        var shapesBefore = await tab.Chart("trend").EvaluateAsync<string>(SeriesShapes);

        await tab.MarkChartsAsync();
        await indicator.SelectOptionAsync("PL7.1");

        await tab.WaitForAddressAsync(new Regex(@"[?&]indicator=PL7\.1(&|$)"), "choosing the indicator PL7.1");
        await tab.WaitForRedrawAsync("choosing the indicator PL7.1");
        await tab.AssertHealthyAsync();
        await Expect(indicator).ToHaveValueAsync("PL7.1");
        Assert.NotEqual(titleBefore, await title.InnerTextAsync());
        Assert.NotEqual(shapesBefore, await tab.Chart("trend").EvaluateAsync<string>(SeriesShapes));
        Assert.True(int.Parse(await tab.Chart("trend").GetAttributeAsync("data-points") ?? "0") > 0);
    }

    [Fact]
    public async Task Leaving_out_the_first_quarter_removes_2020_from_the_trend()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/xu-huong");
        Assert.Contains("2020", await YearsInTableViewAsync(tab));

        await tab.MarkChartsAsync();
        await tab.Page.Locator("[data-slicer=q1]").UncheckAsync();

        await tab.WaitForAddressAsync(new Regex(@"[?&]q1=0(&|$)"), "unticking “Gồm quý I/2020”");
        await tab.WaitForRedrawAsync("unticking “Gồm quý I/2020”");
        await tab.AssertHealthyAsync();
        await Expect(tab.Page.Locator("[data-slicer=q1]")).Not.ToBeCheckedAsync();
        Assert.Equal(["2015", "2016", "2017", "2018", "2019"], await YearsInTableViewAsync(tab));
    }

    [Fact]
    public async Task A_link_with_a_selection_restores_the_slicers_and_the_chart()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/xu-huong?indicator=PL7.1&units=540,547&from=2016&to=2019");
        await tab.AssertHealthyAsync();

        await Expect(tab.Page.Locator("select[data-slicer=indicator]")).ToHaveValueAsync("PL7.1");
        await Expect(tab.Page.Locator("select[data-slicer=from]")).ToHaveValueAsync("2016");
        await Expect(tab.Page.Locator("select[data-slicer=to]")).ToHaveValueAsync("2019");
        var chips = tab.Page.Locator("[data-slicer=units] [data-unit]");
        var pressed = await chips.EvaluateAllAsync<string[]>("cs => cs.filter(c => c.getAttribute('aria-pressed') === 'true').map(c => c.dataset.unit)");
        Assert.Equal(["540", "547"], pressed.Order());

        var trend = tab.Chart("trend");
        var legend = await trend.Locator(".apexcharts-legend-text").AllInnerTextsAsync();
        Assert.Equal(3, legend.Count);
        Assert.Matches("^(Tổng|Trung bình) ", legend[0]); // the district-level aggregate, drawn first
        Assert.Equal(["Quy Nhơn", "Tây Sơn"], legend.Skip(1).Order());
        var years = await trend.Locator(".apexcharts-xaxis-label").EvaluateAllAsync<string[]>("ls => ls.map(l => (l.querySelector('tspan') ?? l).textContent.trim())");
        Assert.Equal(["2016", "2017", "2018", "2019"], years);
    }

    [Fact]
    public async Task Slicers_chosen_on_one_page_are_kept_when_moving_on_through_the_menu()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/xu-huong?from=2017&units=547&indicator=PL7.1&highlight=540");

        await tab.MarkChartsAsync();
        await tab.Page.Locator("#main-nav").GetByRole(AriaRole.Link, new() { Name = "So sánh đơn vị" }).ClickAsync();
        await tab.WaitForAddressAsync(new Regex(@"/so-sanh\?"), "choosing “So sánh đơn vị” in the menu");
        await tab.WaitForChartsAsync();
        Assert.Contains("units=547", tab.Page.Url);
        Assert.Contains("indicator=PL7.1", tab.Page.Url);
        Assert.DoesNotContain("highlight=", tab.Page.Url); // what was picked out belongs to its page
        await Expect(tab.Page.Locator("select[data-slicer=indicator]")).ToHaveValueAsync("PL7.1");

        await tab.MarkChartsAsync();
        await tab.Page.Locator("#main-nav").GetByRole(AriaRole.Link, new() { Name = "Xu hướng" }).ClickAsync();
        await tab.WaitForAddressAsync(new Regex(@"/xu-huong\?"), "going back to “Xu hướng” in the menu");
        await tab.WaitForChartsAsync();
        await tab.AssertHealthyAsync();
        await Expect(tab.Page.Locator("select[data-slicer=from]")).ToHaveValueAsync("2017");
        await Expect(tab.Page.Locator("[data-slicer=units] [data-unit='547']")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(tab.Page.Locator("#main-nav a.active")).ToHaveTextAsync("Xu hướng");
    }

    [Fact]
    public async Task Choosing_an_area_narrows_the_indicator_list_and_every_chart_of_the_page_follows()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/so-sanh");
        var groupsBefore = await tab.Page.Locator("select[data-slicer=indicator] optgroup").CountAsync();

        await tab.MarkChartsAsync();
        await tab.Page.Locator("select[data-slicer=area]").SelectOptionAsync(new SelectOptionValue { Label = "Cải cách thể chế" });
        await tab.WaitForAddressAsync(new Regex(@"[?&]area=TC(&|$)"), "choosing the area “Cải cách thể chế”");
        await tab.WaitForRedrawAsync("choosing the area “Cải cách thể chế”");
        await tab.AssertHealthyAsync();

        var groups = await tab.Page.Locator("select[data-slicer=indicator] optgroup").EvaluateAllAsync<string[]>("gs => gs.map(g => g.label)");
        Assert.True(groups.Length < groupsBefore, "the indicator list did not narrow");
        Assert.All(groups, g => Assert.EndsWith(": Cải cách thể chế", g));
        await Expect(tab.Page.Locator("[data-card=ranking] .card-sub")).ToContainTextAsync("Cải cách thể chế ·");
        await Expect(tab.Page.Locator("[data-card=heatmap] [data-filter]")).ToContainTextAsync("Lĩnh vực: Cải cách thể chế");
    }

    [Fact]
    public async Task The_indicator_picker_finds_indicators_typed_without_diacritics()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/xu-huong");
        var options = tab.Page.Locator("select[data-slicer=indicator] option");
        var all = await options.CountAsync();
        Assert.True(all > 50, $"the picker offers only {all} indicators");

        await tab.Page.Locator("[data-slicer=indicator-search]").FillAsync("dung hen");

        await Expect(tab.Page.Locator("[data-indicator-count]")).ToContainTextAsync("/" + all);
        var found = await options.EvaluateAllAsync<string[]>("os => os.map(o => o.textContent.trim())");
        Assert.InRange(found.Length, 2, all - 1);
        Assert.All(found, label => Assert.Contains("đúng hẹn", label, StringComparison.OrdinalIgnoreCase));
        var current = await tab.Page.Locator("select[data-slicer=indicator]").InputValueAsync();
        var pick = (await options.EvaluateAllAsync<string[]>("os => os.map(o => o.value)")).First(v => v != current);

        await tab.MarkChartsAsync();
        await tab.Page.Locator("select[data-slicer=indicator]").SelectOptionAsync(pick!);
        await tab.WaitForAddressAsync(new Regex($@"[?&]indicator={Regex.Escape(pick!)}(&|$)"), $"picking {pick} from the search");
        await tab.WaitForRedrawAsync($"picking {pick} from the search");
        await tab.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_yes_no_indicator_is_a_grid_of_units_and_years_and_another_indicator_is_lines_again()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/xu-huong?indicator=PL1.3.1");
        await tab.AssertHealthyAsync();
        var trend = tab.Chart("trend");

        await Expect(trend).ToHaveAttributeAsync("data-kind", "Heatmap");
        Assert.Equal(11 * 6, await trend.Locator(".apexcharts-heatmap-rect").CountAsync());
        var legend = await trend.Locator(".apexcharts-legend-text").EvaluateAllAsync<string[]>("ls => ls.map(l => l.textContent.trim())");
        Assert.Equal(["Không", "Có"], legend);

        await tab.MarkChartsAsync();
        await tab.Page.Locator("select[data-slicer=indicator]").SelectOptionAsync("PL7.1");
        await tab.WaitForAddressAsync(new Regex(@"[?&]indicator=PL7\.1(&|$)"), "choosing the indicator PL7.1");
        await tab.WaitForRedrawAsync("choosing the indicator PL7.1");
        await tab.AssertHealthyAsync();
        await Expect(trend).ToHaveAttributeAsync("data-kind", "Line");
    }

    // The card's "Bảng số liệu" view: one row per year (the trend's categories); the chart is shown again afterwards.
    static async Task<string[]> YearsInTableViewAsync(DashboardTab tab)
    {
        var card = tab.Page.Locator("[data-card=trend]");
        await card.Locator("[data-action=table]").ClickAsync();
        var table = card.Locator("table.chart-table");
        await Expect(table).ToBeVisibleAsync();
        var heads = await table.Locator("thead th, tbody th[scope=row]").AllInnerTextsAsync();
        await card.Locator("[data-action=table]").ClickAsync(); // back to the chart, as the user found it
        await tab.WaitForChartsAsync();
        await Expect(tab.Chart("trend")).ToHaveAttributeAsync("data-ready", "true");
        return heads.Select(h => Regex.Match(h, @"^\s*(\d{4})").Groups[1].Value).Where(y => y.Length > 0).ToArray();
    }
}
