using Bunit.TestDoubles;
using CCHC.Dashboard.Charts.Apex;
using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Components.Layout;
using CCHC.Dashboard.Components.Pages;
using CCHC.Dashboard.Pages;
using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CCHC.Dashboard.Tests.AnotherProvince;

/// <summary>Another province's catalogue and workbooks, with no code changed: the ETL loads them, and the pages, charts
/// and exports name that province, its 3 units and its years 2021–2025, never Bình Định's.</summary>
public sealed class AnotherProvinceTests : BunitContext, IClassFixture<AnotherProvinceWarehouse>
{
    static readonly string[] Leaks = ["Bình Định", "11 huyện", "2015", "31/3", "quý I/2020"];
    readonly AnotherProvinceWarehouse province;

    public AnotherProvinceTests(AnotherProvinceWarehouse province)
    {
        this.province = province;
        JSInterop.Mode = JSRuntimeMode.Loose;
        AddAuthorization().SetAuthorized("analyst").SetRoles("analyst");
        Services.AddSingleton(province.Queries);
        Services.AddScoped(_ => province.NewReference());
        Services.AddScoped(sp => province.NewBook(sp.GetRequiredService<ReferenceData>()));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task The_etl_loads_its_workbooks_and_the_warehouse_says_which_province_units_and_years_they_are()
    {
        Assert.Equal(30, province.Run.Warehouse.IndicatorFacts); // 3 units × 2 indicators × 5 years
        Assert.Equal((3, 0), (province.Run.Files.Count, province.Run.ExitCode));

        var scope = await province.Queries.ReportScopeAsync();

        Assert.Equal(("99", "Thử Nghiệm", 3, 2021, 2025, 2025, "30/6"),
            (scope.ProvinceCode, scope.ProvinceName, scope.Districts, scope.FirstYear, scope.LastYear, scope.PartialYear, scope.PartialUntil));
        var words = new ReportWords(scope);
        Assert.Equal(("Tỉnh Thử Nghiệm", "3 huyện, thành phố"), (words.Province, words.Districts));
    }

    [Fact]
    public async Task Its_charts_draw_its_years_and_name_its_units_and_partial_year()
    {
        var book = province.NewBook(province.NewReference());

        var trend = (await book.BuildAsync(ChartBook.Trend, Selection.Default))!;
        var key = (await book.BuildAsync(ChartBook.KeyId("PL3.6.1"), Selection.Default))!;

        Assert.Equal(["2021", "2022", "2023", "2024", "2025"], trend.Categories);
        Assert.Equal("2025", trend.PartialCategory);
        Assert.Contains("Trung bình các huyện, thành phố", trend.Series.Select(s => s.Name));
        Assert.Equal("Năm 2021–2025 (2025 tính đến 30/6) · Tất cả đơn vị", trend.FilterText);
        Assert.Contains("năm 2025 tính đến 30/6", trend.SourceLine);
        Assert.StartsWith("Nguồn: phụ lục thống kê của 3 huyện, thành phố", key.SourceLine);
        Assert.Equal("6 tháng/2025 (tính đến 30/6)", Assert.Single(ApexOptionsBuilder.From(trend).Annotations!.Xaxis).Label.Text);
        Assert.Equal("tính đến 30/6 (6 tháng đầu năm)", trend.PartialDataNote);
        Assert.Contains("So sánh các đơn vị: năm 2024", await book.DeckSubtitleAsync(Selection.Default));
        foreach (var text in new[] { trend.Title, trend.Subtitle, trend.FilterText, trend.SourceLine, key.SourceLine })
            AssertNoLeak(text);
    }

    [Fact]
    public void The_overview_names_the_province_and_counts_its_units()
    {
        var page = Render<Overview>();
        page.WaitForAssertion(() => Assert.Contains("Tỉnh Thử Nghiệm", page.Find(".page-head").TextContent), TimeSpan.FromSeconds(20));

        Assert.Contains("(cấp tỉnh và 3 huyện, thành phố)", page.Find("[data-reporting-explained]").TextContent);
        Assert.Contains("Chỉ tiêu chính (trung bình hoặc tổng các huyện, thành phố)", page.Markup);
        Assert.Equal(["2021", "2022", "2023", "2024", "2025 (đến 30/6)"], page.FindAll("select[data-slicer='to'] option").Select(o => o.TextContent));
        Assert.Contains("Gồm 6 tháng đầu năm 2025", page.Find("label.toggle").TextContent);
        AssertNoLeak(page.Markup);
    }

    [Fact]
    public void The_comparison_ranks_its_3_units_in_its_latest_full_year()
    {
        var page = Render<Compare>();
        page.WaitForAssertion(() => Assert.Contains("Xếp hạng 3 huyện, thành phố", page.Find(".page-head").TextContent), TimeSpan.FromSeconds(20));

        Assert.Equal("2024", page.Find("select[data-slicer='year']").GetAttribute("value"));
        Assert.Contains("2025 (đến 30/6)", page.FindAll("select[data-slicer='year'] option").Select(o => o.TextContent));
        AssertNoLeak(page.Markup);
    }

    [Fact]
    public void The_menu_lists_its_units_under_their_names()
    {
        var menu = Render<NavMenu>();
        menu.WaitForAssertion(() => Assert.Equal(["Tỉnh Thử Nghiệm", "Sông Mẫu", "Đồi Mẫu", "Phố Mẫu"],
            menu.FindAll(".nav-unit").Select(a => a.TextContent)), TimeSpan.FromSeconds(20));
        AssertNoLeak(menu.Markup);
    }

    static void AssertNoLeak(string text)
    {
        foreach (var leak in Leaks) Assert.DoesNotContain(leak, text);
    }
}
