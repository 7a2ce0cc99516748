using System.Text.Json.Nodes;
using CCHC.Dashboard.Charts;
using CCHC.Dashboard.Charts.Model;
using Microsoft.JSInterop;

namespace CCHC.Dashboard.Tests.Charts;

public class ApexChartTests : BunitContext
{
    readonly BunitJSModuleInterop module;

    public ApexChartTests()
    {
        JSInterop.Mode = JSRuntimeMode.Strict;
        module = JSInterop.SetupModule("./Charts/ApexChart.razor.js");
        module.SetupVoid("create", _ => true).SetVoidResult();
        module.SetupVoid("update", _ => true).SetVoidResult();
        module.SetupVoid("destroy", _ => true).SetVoidResult();
    }

    IRenderedComponent<ApexChart> RenderChart(ChartSpec spec, Action<ChartClick>? onClick = null) =>
        Render<ApexChart>(p =>
        {
            p.Add(c => c.Spec, spec);
            if (onClick is not null) p.Add(c => c.OnClick, onClick);
        });

    [Fact]
    public void Renders_a_div_that_says_how_many_values_it_draws()
    {
        var cut = RenderChart(Specs.Trend());
        var div = cut.Find("div.apex-chart");

        Assert.Equal("chart-trend-pl1", div.Id);
        Assert.Equal("trend-pl1", div.GetAttribute("data-chart-id"));
        Assert.Equal("11", div.GetAttribute("data-points")); // 12 points, one gap
        Assert.Empty(div.Children); // ApexCharts owns the inside
    }

    [Fact]
    public void Creates_the_chart_once_with_the_series_data_and_its_gaps()
    {
        RenderChart(Specs.Trend());

        var create = module.VerifyInvoke("create");
        var json = JsonNode.Parse((string)create.Arguments[1]!)!;
        var data = json["series"]![0]!["data"]!.AsArray();
        Assert.Equal("line", json["chart"]!["type"]!.GetValue<string>());
        Assert.Equal(1234, data[0]!["y"]!.GetValue<double>());
        Assert.Null(data[2]!["y"]); // 2017: a gap, written as null
        Assert.True(data[2]!.AsObject().ContainsKey("y"));
        Assert.IsType<DotNetObjectReference<ApexChart>>(create.Arguments[2]);
        Assert.Equal(false, create.Arguments[3]); // nobody listens to clicks
        module.VerifyNotInvoke("update");
    }

    [Fact]
    public void A_changed_spec_updates_the_chart_instead_of_creating_it_again()
    {
        var cut = RenderChart(Specs.Trend());

        cut.Render(p => p.Add(c => c.Spec, Specs.Trend(partial: null, years: Specs.Years[..5])));

        module.VerifyInvoke("create", calledTimes: 1);
        var update = Assert.Single(module.VerifyInvoke("update", calledTimes: 1));
        var json = JsonNode.Parse((string)update.Arguments[1]!)!;
        Assert.Equal(5, json["xaxis"]!["categories"]!.AsArray().Count);
        Assert.Equal(0, json["forecastDataPoints"]!["count"]!.GetValue<int>());
        Assert.Equal("9", cut.Find("div.apex-chart").GetAttribute("data-points"));
    }

    [Fact]
    public void An_equal_spec_built_again_does_not_redraw()
    {
        var cut = RenderChart(Specs.Trend());

        cut.Render(p => p.Add(c => c.Spec, Specs.Trend())); // a new instance with the same values

        module.VerifyNotInvoke("update");
    }

    [Fact]
    public async Task Disposing_destroys_the_chart()
    {
        RenderChart(Specs.Trend());

        await DisposeComponentsAsync();

        module.VerifyInvoke("destroy");
    }

    [Fact]
    public async Task Disposing_after_the_circuit_is_gone_does_not_throw()
    {
        module.SetupVoid("destroy", _ => true).SetException(new JSDisconnectedException("circuit gone"));
        RenderChart(Specs.Trend());

        await DisposeComponentsAsync();
    }

    [Fact]
    public void A_chart_the_browser_cannot_draw_does_not_break_the_page()
    {
        module.SetupVoid("create", _ => true).SetException(new JSException("ApexCharts is not defined"));

        var cut = RenderChart(Specs.Trend());

        Assert.Equal("11", cut.Find("div.apex-chart").GetAttribute("data-points"));
    }

    [Fact]
    public void Listens_to_clicks_only_when_the_page_does()
    {
        RenderChart(Specs.Ranking(), onClick: _ => { });

        Assert.Equal(true, module.VerifyInvoke("create").Arguments[3]);
    }

    [Fact]
    public async Task A_click_on_a_bar_names_its_series_category_and_category_key()
    {
        ChartClick? clicked = null;
        var cut = RenderChart(Specs.Ranking(), onClick: c => clicked = c);

        await cut.InvokeAsync(() => cut.Instance.OnDataPointSelected(seriesIndex: 0, dataPointIndex: 1));

        Assert.Equal(new ChartClick("PL2.3", "Tỷ lệ", "An Lão", "542", 91.25), clicked);
    }

    [Fact]
    public async Task A_click_on_a_line_point_names_the_unit_and_the_year()
    {
        ChartClick? clicked = null;
        var cut = RenderChart(Specs.Trend(), onClick: c => clicked = c);

        await cut.InvokeAsync(() => cut.Instance.OnDataPointSelected(1, 5));

        Assert.Equal(new ChartClick("540", "Quy Nhơn", "2020", null, 405), clicked);
    }

    [Fact]
    public async Task A_click_on_a_heatmap_cell_nobody_reported_has_no_value()
    {
        ChartClick? clicked = null;
        var cut = RenderChart(Specs.Heatmap(), onClick: c => clicked = c);

        await cut.InvokeAsync(() => cut.Instance.OnDataPointSelected(1, 1));

        Assert.Equal(new ChartClick("540", "Quy Nhơn", "PL1.2", "PL1.2", null), clicked);
    }

    [Fact]
    public async Task A_click_on_a_donut_slice_names_the_slice()
    {
        ChartClick? clicked = null;
        var cut = RenderChart(Specs.Donut(), onClick: c => clicked = c);

        await cut.InvokeAsync(() => cut.Instance.OnDataPointSelected(0, 1));

        Assert.Equal(new ChartClick(null, "Mục tiêu", "Không đạt", null, 7), clicked);
    }

    [Fact]
    public async Task A_click_outside_the_data_is_ignored()
    {
        var clicks = 0;
        var cut = RenderChart(Specs.Ranking(), onClick: _ => clicks++);

        await cut.InvokeAsync(() => cut.Instance.OnDataPointSelected(3, 0));
        await cut.InvokeAsync(() => cut.Instance.OnDataPointSelected(0, 9));

        Assert.Equal(0, clicks);
    }

    [Fact]
    public async Task A_click_maps_against_the_chart_on_screen_after_an_update()
    {
        ChartClick? clicked = null;
        var cut = RenderChart(Specs.Trend(), onClick: c => clicked = c);
        cut.Render(p => p.Add(c => c.Spec, Specs.Trend(years: ["2019", "2020"])));

        await cut.InvokeAsync(() => cut.Instance.OnDataPointSelected(0, 0));

        Assert.Equal("2019", clicked?.Category);
    }
}
