using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>The three questions a newcomer is asked to answer with the dashboard, answered from the shipped data.</summary>
[Collection(Hosting.DashboardCollection.Name)]
public sealed class NewcomerQuestions(Hosting.DashboardFixture dashboard)
{
    [Fact]
    public async Task Only_missed_targets_of_2011_2025_are_4_6_11_14_16_17_and_21()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/muc-tieu");
        var rows = tab.Page.Locator("[data-targets-table=\"2011-2025\"] tbody tr[data-target]");
        await Expect(rows).ToHaveCountAsync(22);

        await tab.Page.GetByLabel("Chỉ mục tiêu không đạt").CheckAsync();

        await Expect(rows).ToHaveCountAsync(7);
        var targets = await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.target)");
        Assert.Equal(["4", "6", "11", "14", "16", "17", "21"], targets);
        await Expect(rows.Locator("td.cell-missed")).ToHaveCountAsync(7);
        await tab.AssertHealthyAsync();
    }

    [Fact]
    public async Task Comparison_table_for_2019_lists_Tay_Son_and_Quy_Nhon_with_values()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/so-sanh?indicator=PL3.5.2&from=2019&to=2019");
        await tab.AssertHealthyAsync();
        await Expect(tab.Page.Locator("select[data-slicer=year]")).ToHaveValueAsync("2019");

        var card = tab.Page.Locator("[data-card=ranking]");
        await card.Locator("[data-action=table]").ClickAsync();

        var table = card.Locator("table.chart-table");
        foreach (var (code, name) in new[] { ("547", "Tây Sơn"), ("540", "Quy Nhơn") })
        {
            var row = table.Locator($"tbody tr[data-key=\"{code}\"]");
            await Expect(row.Locator("th")).ToHaveTextAsync(name);
            var value = (await row.Locator("td").First.InnerTextAsync()).Trim();
            Assert.Matches(@"^\d[\d.]*(,\d+)?( %)?$", value);
        }
    }

    [Fact]
    public async Task Data_quality_says_An_Lao_and_Vinh_Thanh_did_not_report_appendix_7_in_2017()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/du-lieu");
        await tab.AssertHealthyAsync();

        var line = tab.Page.Locator("[data-missing-list] li", new() { HasText = "Phụ lục 7 năm 2017:" });
        await Expect(line).ToHaveTextAsync("Phụ lục 7 năm 2017: An Lão, Vĩnh Thạnh");
        await Expect(tab.Page.Locator("[data-cell=\"542-PL7-2017\"]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bdot-missing\b"));
        await Expect(tab.Page.Locator("[data-cell=\"546-PL7-2017\"]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bdot-missing\b"));
    }
}
