using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>Every page of the dashboard opens with its charts drawn from real numbers, in readable Vietnamese.</summary>
[Collection(Hosting.DashboardCollection.Name)]
public sealed class Routes(Hosting.DashboardFixture dashboard)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "Tổng quan cải cách hành chính" },
        { "/xu-huong", "Xu hướng qua các năm" },
        { "/so-sanh", "So sánh các đơn vị cấp huyện" },
        { "/don-vi/547", "Huyện Tây Sơn" },
        { "/muc-tieu", "Mục tiêu cải cách hành chính" },
        { "/du-lieu", "Chất lượng dữ liệu" },
        { "/tong-hop", "Phụ lục tổng hợp của tỉnh" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_draws_its_charts_with_real_numbers_and_no_error_bar(string route, string heading)
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync(route);

        await tab.AssertHealthyAsync();
        await Expect(tab.Page.Locator("h1").First).ToHaveTextAsync(heading);
        var points = await tab.Charts.EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.chartId + '=' + c.dataset.points)");
        Assert.All(points, p => Assert.True(int.Parse(p.Split('=')[1]) > 0, $"{route}: chart {p} draws no values"));
        var tableCells = await tab.Page.Locator("table.data tbody td").CountAsync();
        Assert.True(points.Length > 0 || tableCells > 0, $"{route} shows neither a chart nor a table of numbers");

        // Vietnamese arrives as Vietnamese: no replacement characters, no UTF-8 read as Latin-1, no double-escaped entities.
        var text = await tab.Page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("\uFFFD", text);
        Assert.DoesNotContain("Ã", text);
        Assert.DoesNotContain("&#x", text);

        await tab.SaveScreenshotsAsync(route == "/" ? "tong-quan" : route.Trim('/').Replace('/', '-'));
    }

    [Fact]
    public async Task Overview_shows_every_key_indicator_with_its_sparkline()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/");
        await tab.AssertHealthyAsync();

        // appsettings.json "Dashboard:KeyIndicators"
        var cards = tab.Page.Locator("[data-key-indicators] [data-indicator]");
        var shown = await cards.EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.indicator)");
        Assert.Equal(["PL3.5.2", "PL7.1", "PL7.11", "PL7.13", "PL5.6", "PL1.2"], shown);
        var points = await cards.Locator(".apex-chart").EvaluateAllAsync<int[]>("cs => cs.map(c => Number(c.dataset.points))");
        Assert.Equal(6, points.Length);
        Assert.All(points, p => Assert.True(p > 0));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_says_its_numbers_are_sample_data(string route, string heading)
    {
        _ = heading;
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync(route);

        var banner = tab.Page.Locator("[data-sample-banner]");
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToContainTextAsync("Dữ liệu mẫu.");
    }
}
