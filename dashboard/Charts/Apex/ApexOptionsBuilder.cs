using CCHC.Dashboard.Charts.Model;

namespace CCHC.Dashboard.Charts.Apex;

/// <summary>Maps our <see cref="ChartSpec"/> to ApexCharts options, one method per <see cref="ChartKind"/>
/// (ApexOptionsBuilder.Kinds.cs); what every chart shares is here.</summary>
/// <remarks>
/// ApexCharts' <c>updateOptions</c> deep-merges into the options it has (only the y axes and annotations are rebuilt
/// from defaults), so a key left out of an update keeps its old value: a dashed 2020 segment would outlive the 2020
/// column, a ranking would stay stacked. So every key one kind sets, the kinds drawn with the same ApexCharts type set
/// too, to a neutral value (empty annotations, forecast count 0, empty subtitle and x-axis title, stacked false). A
/// change of ApexCharts type re-creates the chart instead (see the module).
/// </remarks>
public static partial class ApexOptionsBuilder
{
    public const string NoDataText = "Không có dữ liệu cho lựa chọn này";
    public const int DefaultHeight = 320;

    const string AxisFontSize = "12px";
    const string GridColor = "#E5E5E5";
    const string MutedColor = "#555555";

    /// <summary>Below this height (a sparkline in a KPI card) axis titles are left to the card and the value axis
    /// gets three ticks, so the plot keeps most of the height.</summary>
    public const int CompactHeight = 200;

    public static ApexOptions From(ChartSpec spec, int height = DefaultHeight)
    {
        var compact = height < CompactHeight;
        if (compact) spec = spec with { XAxisTitle = null, YAxisTitle = null };
        var options = spec.Kind switch
        {
            ChartKind.Line => Line(spec),
            ChartKind.Bar => Bar(spec, horizontal: false),
            ChartKind.HorizontalBar => Bar(spec, horizontal: true),
            ChartKind.StackedBar => StackedBar(spec),
            ChartKind.Heatmap => Heatmap(spec),
            ChartKind.Donut => Donut(spec),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown chart kind."),
        };
        options = options with { Chart = options.Chart with { Height = height } };
        if (compact && options.Yaxis is { TickAmount: null } y && spec.Kind is ChartKind.Line or ChartKind.Bar)
            options = options with { Yaxis = y with { TickAmount = 2 } };
        // A sparkline is not clicked, only read: its tooltip follows the pointer to the nearest year instead of
        // waiting for it to land on a 5-pixel marker.
        if (compact && options.Tooltip is { } tooltip)
            options = options with { Tooltip = tooltip with { Intersect = false, Shared = true } };
        // ApexCharts shows its noData text only for an empty series list; series of gaps would draw empty axes.
        return spec.IsEmpty
            ? options with { Series = [], Yaxis = (options.Yaxis ?? new ApexYAxis()) with { Show = false } }
            : options;
    }

    static ApexOptions Common(ChartSpec spec, string type, IReadOnlyList<ApexSeries> series) => new()
    {
        Chart = new ApexChartConfig
        {
            Type = type,
            Width = "100%",
            Stacked = false,
            FontFamily = "inherit", // the page's font, set by CSS
            Toolbar = new ApexToolbar(Show: false, new ApexToolbarTools(
                Download: false, Selection: false, Zoom: false, Zoomin: false, Zoomout: false, Pan: false, Reset: false)),
            Zoom = new ApexZoom(false),
            // Drawn at once, on load and on every slicer change: a report read on a projector gains nothing from
            // bars growing in, and twenty-five pages animating took most of a small server's cores in the browser.
            Animations = NoAnimations,
            Accessibility = new ApexAccessibility(true, Describe(spec), Keyboard: new ApexToggle(false)),
            Locales = [Vietnamese],
            DefaultLocale = Vietnamese.Name,
        },
        Series = series,
        Annotations = new ApexAnnotations([]),
        ForecastDataPoints = new ApexForecastDataPoints(0),
        Subtitle = new ApexTitle(""),
        Legend = new ApexLegend
        {
            Show = spec.Series.Count > 1,
            ShowForSingleSeries = false,
            Position = "bottom",
            HorizontalAlign = "center",
            FontSize = "13px",
            Formatter = ApexFunction.HtmlText,
        },
        Tooltip = new ApexTooltip { Enabled = true, Shared = false, Custom = ApexFunction.PointTooltip },
        // A click selects through OnClick; the chart itself keeps no "selected" look that could contradict it.
        States = new ApexStates(new ApexActiveState(new ApexFilter("none"))),
        Grid = new ApexGrid(GridColor, DefaultPadding),
        NoData = new ApexNoData(NoDataText, new ApexFontStyle { FontSize = "14px", Color = MutedColor }),
    };

    static readonly ApexAnimations NoAnimations = new(false, 0, new ApexToggle(false), new ApexDynamicAnimation(false, 0));

    /// <summary>ApexCharts' own grid padding, restated so an update from a chart with other padding resets it.</summary>
    static readonly ApexPadding DefaultPadding = new(Top: 0, Right: 10, Bottom: 0, Left: 12);

    static readonly ApexLocale Vietnamese = new("vi", new ApexLocaleOptions(new ApexLocaleToolbar(
        Download: "Tải xuống", Selection: "Vùng chọn", SelectionZoom: "Phóng to vùng chọn", ZoomIn: "Phóng to",
        ZoomOut: "Thu nhỏ", Pan: "Di chuyển", Reset: "Đặt lại thu phóng", Menu: "Tuỳ chọn",
        ExportToSVG: "Tải xuống SVG", ExportToPNG: "Tải xuống PNG", ExportToCSV: "Tải xuống CSV")));

    static string Describe(ChartSpec spec) =>
        string.Join(". ", new[] { spec.Title, spec.Subtitle, spec.FilterText }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>The data points of a series, one per category in the spec's order; a missing category is a gap.</summary>
    static ApexSeries ToSeries(ChartSpec spec, ChartSeries series, string color, Func<int, ChartPoint?, string?>? fillColor = null)
    {
        var byCategory = series.Points.GroupBy(p => p.Category).ToDictionary(g => g.Key, g => g.First());
        var data = spec.Categories.Select((category, i) =>
        {
            var point = byCategory.GetValueOrDefault(category);
            return new ApexDataPoint(category, point?.Value)
            {
                Meta = Meta(spec, category, point),
                FillColor = fillColor?.Invoke(i, point),
            };
        }).ToList();
        return new ApexSeries(series.Name, data) { Key = series.Key, Color = color };
    }

    static ApexPointMeta Meta(ChartSpec spec, string category, ChartPoint? point) => new(
        Label: point?.Label ?? ViNumber.Format(point?.Value, point?.Format ?? spec.Format),
        Source: point?.Source,
        IsPartial: IsPartial(spec, category, point) ? true : null,
        PartialNote: IsPartial(spec, category, point) ? spec.PartialNote : null,
        NotReported: point?.Value is null ? true : null);

    static bool IsPartial(ChartSpec spec, string category, ChartPoint? point) => (point?.IsPartial ?? false) || category == spec.PartialCategory;

    /// <summary>The series' own colour, else the unit's fixed colour when the key is a unit code, else by position.</summary>
    static ApexFunction ValueFormatter(ValueFormat format) => format switch
    {
        ValueFormat.Count => ApexFunction.ViCount,
        ValueFormat.Percent => ApexFunction.ViPercent,
        ValueFormat.YesNo => ApexFunction.ViYesNo,
        _ => ApexFunction.ViNumber,
    };

    static ApexAxisLabels AxisLabels(ApexFunction? formatter = null) => new()
    {
        Formatter = formatter,
        Style = new ApexFontStyle { FontSize = AxisFontSize },
    };

    /// <summary>The x-axis title, "" when there is none: an omitted title would keep the previous chart's.</summary>
    static ApexAxisTitle XAxisTitle(string? text) => AxisTitle(text) ?? new ApexAxisTitle("");

    static ApexAxisTitle? AxisTitle(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : new ApexAxisTitle(text, new ApexFontStyle { FontSize = AxisFontSize, FontWeight = "600" });

    /// <summary>A value axis: bars and yes/no start at zero; yes/no has just its two ticks.</summary>
    static ApexYAxis ValueAxis(ChartSpec spec, bool fromZero) => new()
    {
        Min = fromZero || spec.Format == ValueFormat.YesNo ? 0 : null,
        Max = spec.Format == ValueFormat.YesNo ? 1 : null,
        TickAmount = spec.Format == ValueFormat.YesNo ? 1 : null,
        ForceNiceScale = spec.Format == ValueFormat.YesNo ? null : true,
        Labels = AxisLabels(ValueFormatter(spec.Format)),
        Title = AxisTitle(spec.YAxisTitle),
    };

    static bool HasPartial(ChartSpec spec) =>
        (spec.PartialCategory is { } c && spec.Categories.Contains(c)) || spec.Series.Any(s => s.Points.Any(p => p.IsPartial));

    /// <summary>"Năm 2020 tính đến 31/3": said on every chart that has a partial-year value.</summary>
    static string PartialYearNote(ChartSpec spec) =>
        (spec.PartialCategory ?? spec.Years?.Partial?.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } year
            ? $"Năm {year} {spec.PartialNote}"
            : $"Năm {spec.PartialNote}";
}
