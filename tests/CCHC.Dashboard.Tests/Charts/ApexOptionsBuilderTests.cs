using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CCHC.Dashboard.Charts.Apex;
using CCHC.Dashboard.Charts.Model;

namespace CCHC.Dashboard.Tests.Charts;

public class ApexOptionsBuilderTests
{
    static JsonNode Json(ChartSpec spec) => JsonNode.Parse(ApexJson.Serialize(ApexOptionsBuilder.From(spec)))!;

    [Fact]
    public void Line_draws_the_partial_year_dashed_with_an_annotation()
    {
        var options = ApexOptionsBuilder.From(Specs.Trend());

        Assert.Equal(1, options.ForecastDataPoints!.Count);
        Assert.NotNull(options.ForecastDataPoints.DashArray);
        var annotation = Assert.Single(options.Annotations!.Xaxis);
        Assert.Equal("2020", annotation.X);
        Assert.Equal("Q1/2020 (tính đến 31/3)", annotation.Label.Text);
        // The 2020 points are hollow; a gap gets no marker.
        Assert.All(options.Markers!.Discrete!, m => Assert.Equal(5, m.DataPointIndex));
        Assert.Equal(2, options.Markers.Discrete!.Count);
    }

    [Fact]
    public void Line_without_the_partial_year_clears_dashes_and_annotation()
    {
        var json = Json(Specs.Trend(partial: null, years: Specs.Years[..5]));

        // Set to their neutral values, not left out: an update must clear what the previous chart drew.
        Assert.Equal(0, json["forecastDataPoints"]!["count"]!.GetValue<int>());
        Assert.Empty(json["annotations"]!["xaxis"]!.AsArray());
        Assert.Empty(json["markers"]!["discrete"]!.AsArray());
    }

    [Fact]
    public void Line_with_the_partial_year_not_last_is_annotated_but_not_dashed()
    {
        var spec = Specs.Trend() with { Categories = ["2019", "2020", "2021"] };
        var options = ApexOptionsBuilder.From(spec);

        Assert.Equal(0, options.ForecastDataPoints!.Count);
        Assert.Single(options.Annotations!.Xaxis);
    }

    [Fact]
    public void Line_keeps_gaps_as_null_and_years_as_strings()
    {
        var json = Json(Specs.Trend());
        var bd = json["series"]![0]!["data"]!.AsArray();

        Assert.Equal(JsonValueKind.Null, bd[2]!["y"]?.GetValueKind() ?? JsonValueKind.Null);
        Assert.True(bd[2]!.AsObject().ContainsKey("y")); // written as null, not left out
        Assert.Equal("2015", bd[0]!["x"]!.GetValue<string>());
        Assert.All(json["xaxis"]!["categories"]!.AsArray(), c => Assert.Equal(JsonValueKind.String, c!.GetValueKind()));
        Assert.Equal("2015", json["xaxis"]!["categories"]![0]!.GetValue<string>());
        Assert.Equal("category", json["xaxis"]!["type"]!.GetValue<string>());
        Assert.Equal("year", json["xaxis"]!["labels"]!["formatter"]!.GetValue<string>());
    }

    [Fact]
    public void Points_carry_source_label_and_partial_flag_and_series_their_key()
    {
        var json = Json(Specs.Trend());
        var series = json["series"]![0]!;
        var p2020 = series["data"]![5]!["meta"]!;

        Assert.Equal("52", series["key"]!.GetValue<string>());
        Assert.Equal("1.234", p2020["label"]!.GetValue<string>());
        Assert.Equal("PL1_2020.xlsx › Phụ lục 1 › D12", p2020["source"]!.GetValue<string>());
        Assert.True(p2020["isPartial"]!.GetValue<bool>());
        Assert.Null(series["data"]![0]!["meta"]!["isPartial"]);
        Assert.True(series["data"]![2]!["meta"]!["notReported"]!.GetValue<bool>());
    }

    [Fact]
    public void A_unit_series_takes_the_units_fixed_colour()
    {
        var options = ApexOptionsBuilder.From(Specs.Trend());

        Assert.Equal([Palette.ForUnit("52"), Palette.ForUnit("540")], options.Colors);
    }

    [Fact]
    public void A_ranking_of_units_is_coloured_per_unit_and_labelled_in_vi_VN()
    {
        var options = ApexOptionsBuilder.From(Specs.Ranking());
        var data = options.Series[0].Data;

        Assert.Equal(["Quy Nhơn", "An Lão", "Hoài Nhơn"], data.Select(p => p.X)); // in the order given
        Assert.Equal([Palette.ForUnit("540"), Palette.ForUnit("542"), Palette.ForUnit("543")], data.Select(p => p.FillColor));
        Assert.True(options.DataLabels!.Enabled);
        Assert.Equal(ApexFunction.ViPercent, options.DataLabels.Formatter);
        Assert.Equal(ApexFunction.ViPercent, options.Yaxis!.Labels!.Formatter);
        Assert.Equal("98,7 %", data[0].Meta!.Label);
        Assert.False(options.Chart.Stacked);
    }

    [Fact]
    public void A_horizontal_ranking_puts_the_values_on_the_x_axis()
    {
        var options = ApexOptionsBuilder.From(Specs.Ranking(ChartKind.HorizontalBar));

        Assert.True(options.PlotOptions!.Bar!.Horizontal);
        Assert.Equal(ApexFunction.ViPercent, options.Xaxis!.Labels!.Formatter);
    }

    [Fact]
    public void Bars_with_a_partial_year_say_so_in_the_subtitle()
    {
        var spec = Specs.Ranking() with
        {
            Series = [new ChartSeries("Tỷ lệ", [new ChartPoint("Quy Nhơn", 90, IsPartial: true)])],
            Years = Specs.ShippedYears,
        };

        Assert.Equal("Năm 2020 tính đến 31/3", ApexOptionsBuilder.From(spec).Subtitle!.Text);
        Assert.Equal("", ApexOptionsBuilder.From(Specs.Ranking()).Subtitle!.Text);
    }

    [Fact]
    public void Stacked_bars_are_achieved_blue_then_missed_orange()
    {
        var options = ApexOptionsBuilder.From(Specs.Achievement());

        Assert.True(options.Chart.Stacked);
        Assert.Equal([Palette.Achieved, Palette.Missed], options.Colors);
        Assert.Equal(["Đạt", "Không đạt"], options.Series.Select(s => s.Name));
        Assert.True(options.Legend!.Show);
    }

    [Fact]
    public void Heatmap_draws_a_cell_nobody_reported_grey_not_as_zero()
    {
        var options = ApexOptionsBuilder.From(Specs.Heatmap());
        var ranges = options.PlotOptions!.Heatmap!.ColorScale.Ranges;
        var missing = options.Series[1].Data[1]; // Quy Nhơn × PL1.2
        var zero = options.Series[2].Data[0];    // An Lão × PL1.1, a real 0

        Assert.NotEqual(0, missing.Y);
        Assert.True(missing.Meta!.NotReported);
        Assert.Equal("—", missing.Meta.Label);
        var grey = Assert.Single(ranges, r => r.Color == Palette.NotReported);
        Assert.Equal("Không báo cáo", grey.Name);
        Assert.InRange(missing.Y!.Value, grey.From, grey.To);
        // Only the grey range holds the missing cell; the real zero is in the lightest blue one.
        Assert.DoesNotContain(ranges, r => r != grey && missing.Y >= r.From && missing.Y <= r.To);
        Assert.Equal(0, zero.Y);
        Assert.Equal(Palette.Sequential[0], ranges.Last(r => zero.Y >= r.From && zero.Y <= r.To).Color);
        Assert.Null(zero.Meta!.NotReported);
    }

    [Fact]
    public void Heatmap_colours_come_from_the_sequential_palette_and_labels_from_the_point()
    {
        var options = ApexOptionsBuilder.From(Specs.Heatmap());

        Assert.Equal(Palette.Sequential, options.PlotOptions!.Heatmap!.ColorScale.Ranges
            .Where(r => r.Color != Palette.NotReported).Select(r => r.Color));
        Assert.False(options.PlotOptions.Heatmap.EnableShades);
        Assert.Equal(ApexFunction.PointLabel, options.DataLabels!.Formatter);
        Assert.Equal("55,5 % (11/20)", options.Series[0].Data[1].Meta!.Label);
        Assert.True(options.Yaxis!.Reversed); // rows top to bottom in the order given
    }

    [Fact]
    public void Donut_slices_are_the_reported_points_achieved_first()
    {
        var options = ApexOptionsBuilder.From(Specs.Donut());
        var slices = Assert.Single(options.Series).Data;

        Assert.Equal(["Đạt", "Không đạt"], slices.Select(p => p.X));
        Assert.Equal([Palette.Achieved, Palette.Missed], options.Colors);
        Assert.Equal(ApexFunction.ViPercent, options.DataLabels!.Formatter);
    }

    [Fact]
    public void A_spec_with_no_values_shows_the_vietnamese_no_data_text()
    {
        var options = ApexOptionsBuilder.From(Specs.Empty());

        Assert.Empty(options.Series);
        Assert.Equal("Không có dữ liệu cho lựa chọn này", options.NoData!.Text);
    }

    [Fact]
    public void Kinds_drawn_as_the_same_apexcharts_type_set_the_same_keys()
    {
        // updateOptions merges: a key only one of them set would survive an update to the other.
        var bars = new[] { Specs.Ranking(ChartKind.Bar), Specs.Ranking(ChartKind.HorizontalBar), Specs.Achievement() }
            .Select(s => string.Join("\n", KeyPaths(Json(s)))).ToList();
        Assert.All(bars, b => Assert.Equal(bars[0], b));

        var lines = new[] { Specs.Trend(), Specs.Trend(partial: null, years: Specs.Years[..5]) }
            .Select(s => string.Join("\n", KeyPaths(Json(s)))).ToList();
        Assert.Equal(lines[0], lines[1]);
    }

    /// <summary>Every key path of the options, not descending into arrays (which replace wholesale) nor into the
    /// y axis (which ApexCharts rebuilds from its defaults on each update).</summary>
    static IEnumerable<string> KeyPaths(JsonNode node, string prefix = "")
    {
        if (node is not JsonObject obj) return [prefix.TrimEnd('.')];
        return obj.Where(kv => prefix != "" || kv.Key is not ("series" or "yaxis"))
            .SelectMany(kv => kv.Value is null ? [prefix + kv.Key] : KeyPaths(kv.Value, prefix + kv.Key + "."))
            .Order(StringComparer.Ordinal);
    }

    [Fact]
    public void A_sparkline_leaves_axis_titles_to_its_card()
    {
        var options = ApexOptionsBuilder.From(Specs.Trend(), height: 150);

        Assert.Equal("", options.Xaxis!.Title!.Text);
        Assert.Null(options.Yaxis!.Title);
        Assert.Equal(2, options.Yaxis.TickAmount);
        Assert.Equal("Số văn bản", ApexOptionsBuilder.From(Specs.Trend(), height: 320).Yaxis!.Title!.Text);
    }

    [Fact]
    public void A_heatmap_too_wide_for_its_labels_leaves_them_to_tooltip_and_table()
    {
        var categories = Enumerable.Range(1, ApexOptionsBuilder.MaxLabelledHeatmapColumns + 1).Select(i => $"PL1.{i}").ToList();
        var wide = Specs.Heatmap() with
        {
            Categories = categories,
            Series = [new ChartSeries("Bình Định", categories.Select(c => new ChartPoint(c, 50)).ToList(), Key: "52")],
        };

        Assert.False(ApexOptionsBuilder.From(wide).DataLabels!.Enabled);
        Assert.True(ApexOptionsBuilder.From(Specs.Heatmap()).DataLabels!.Enabled);
    }

    public static TheoryData<string> EveryKind() => new(Specs.OfEveryKind().Select(s => s.Id + "|" + s.Kind));

    static ChartSpec SpecOf(string idAndKind) =>
        Specs.OfEveryKind().First(s => s.Id + "|" + s.Kind == idAndKind);

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Options_carry_no_functions_only_names_the_module_knows(string idAndKind)
    {
        var json = ApexJson.Serialize(ApexOptionsBuilder.From(SpecOf(idAndKind)));

        Assert.DoesNotContain("function", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("=>", json);
        var module = File.ReadAllText(ModuleFile());
        foreach (Match m in Regex.Matches(json, "\"(?:formatter|custom)\":\"([^\"]+)\""))
            Assert.Matches($@"\b{m.Groups[1].Value}: ", module);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Every_chart_is_vietnamese_readable_and_keeps_the_download_menu_off(string idAndKind)
    {
        var options = ApexOptionsBuilder.From(SpecOf(idAndKind));
        var json = ApexJson.Serialize(options);

        Assert.False(options.Chart.Toolbar!.Tools.Download);
        Assert.Equal("vi", options.Chart.DefaultLocale);
        Assert.Equal("inherit", options.Chart.FontFamily);
        Assert.Equal(ApexOptionsBuilder.NoDataText, options.NoData!.Text);
        // Drawn at once on load and on every slicer change (see ApexOptionsBuilder.Common).
        Assert.False(options.Chart.Animations!.Enabled);
        Assert.False(options.Chart.Animations.DynamicAnimation.Enabled);
        foreach (Match size in Regex.Matches(json, "\"fontSize\":\"(\\d+)px\""))
            Assert.True(int.Parse(size.Groups[1].Value) >= 12, $"font size {size.Value} is below 12px");
        // camelCase, nulls left out except the y of a gap and the x axis's min (null clears a ranking's axis start on update)
        Assert.DoesNotContain("\"Chart\"", json);
        Assert.Empty(Regex.Matches(json, "\"(?!y\"|min\")[a-zA-Z]+\":null"));
    }

    [Fact]
    public void Every_formatter_name_is_defined_once_in_the_module()
    {
        var module = File.ReadAllText(ModuleFile());
        foreach (var name in Enum.GetValues<ApexFunction>())
        {
            var json = System.Text.Json.JsonSerializer.Serialize(name).Trim('"');
            Assert.Single(Regex.Matches(module, $@"^\s*{json}: ", RegexOptions.Multiline));
        }
        Assert.DoesNotContain("eval(", module);
        Assert.DoesNotContain("new Function", module);
    }

    /// <summary>The module beside the component, found from the test's output folder up to the repository.</summary>
    internal static string ModuleFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "dashboard", "Charts", "ApexChart.razor.js");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("dashboard/Charts/ApexChart.razor.js not found above " + AppContext.BaseDirectory);
    }
}
