namespace CCHC.Dashboard.Charts.Apex;

// The ApexCharts options our charts use and nothing more, named as in
// node_modules/apexcharts/types/apexcharts.d.ts (7.6.1). Serialised by ApexJson: camelCase, nulls omitted.
// Functions are never sent: a formatter or tooltip is a name (ApexFunction) that the JS module resolves.

public sealed record ApexOptions
{
    public required ApexChartConfig Chart { get; init; }
    public required IReadOnlyList<ApexSeries> Series { get; init; }
    public IReadOnlyList<string>? Colors { get; init; }
    public ApexXAxis? Xaxis { get; init; }
    public ApexYAxis? Yaxis { get; init; }
    public ApexStroke? Stroke { get; init; }
    public ApexMarkers? Markers { get; init; }
    public ApexForecastDataPoints? ForecastDataPoints { get; init; }
    public ApexAnnotations? Annotations { get; init; }
    public ApexDataLabels? DataLabels { get; init; }
    public ApexPlotOptions? PlotOptions { get; init; }
    public ApexLegend? Legend { get; init; }
    public ApexTooltip? Tooltip { get; init; }
    public ApexStates? States { get; init; }
    public ApexGrid? Grid { get; init; }
    public ApexNoData? NoData { get; init; }
    public ApexTitle? Subtitle { get; init; }
}

/// <summary>The <c>chart</c> key (type <c>ApexChart</c> in apexcharts.d.ts; renamed so it is not mistaken for the
/// component).</summary>
public sealed record ApexChartConfig
{
    /// <summary>"line", "bar", "heatmap" or "donut".</summary>
    public required string Type { get; init; }
    public int? Height { get; init; }
    public string? Width { get; init; }
    public bool? Stacked { get; init; }
    public string? FontFamily { get; init; }
    public string? ForeColor { get; init; }
    public ApexToolbar? Toolbar { get; init; }
    public ApexZoom? Zoom { get; init; }
    public ApexAnimations? Animations { get; init; }
    public ApexAccessibility? Accessibility { get; init; }
    public IReadOnlyList<ApexLocale>? Locales { get; init; }
    public string? DefaultLocale { get; init; }
}

public sealed record ApexToolbar(bool Show, ApexToolbarTools Tools);

public sealed record ApexToolbarTools(bool Download, bool Selection, bool Zoom, bool Zoomin, bool Zoomout, bool Pan, bool Reset);

public sealed record ApexZoom(bool Enabled);

public sealed record ApexAnimations(bool Enabled, int Speed, ApexToggle AnimateGradually, ApexDynamicAnimation DynamicAnimation);

public sealed record ApexDynamicAnimation(bool Enabled, int Speed);

public sealed record ApexToggle(bool Enabled);

/// <summary>The SVG's accessible name is our description (Vietnamese) and the tooltip is announced. ApexCharts'
/// keyboard mode is off: it labels legend items in English ("visible. Press Enter or Space to toggle."); the table view
/// of every chart is the keyboard and screen-reader way to its numbers.</summary>
public sealed record ApexAccessibility(bool Enabled, string? Description, ApexToggle Keyboard);

public sealed record ApexLocale(string Name, ApexLocaleOptions Options);

public sealed record ApexLocaleOptions(ApexLocaleToolbar Toolbar);

public sealed record ApexLocaleToolbar(
    string Download, string Selection, string SelectionZoom, string ZoomIn, string ZoomOut, string Pan, string Reset,
    string Menu, string ExportToSVG, string ExportToPNG, string ExportToCSV);

/// <summary>A series; <see cref="Key"/> is ours (ApexCharts ignores it): what a click on the series selects.</summary>
public sealed record ApexSeries(string Name, IReadOnlyList<ApexDataPoint> Data)
{
    public string? Key { get; init; }
    public string? Color { get; init; }
    /// <summary>Ours too: a heat-map row drawn faint because another unit is picked out (the module dims it).</summary>
    public bool? Dimmed { get; init; }
}

/// <summary>One point in ApexCharts' object form. <see cref="Y"/> is written even when null: a gap, not a zero.</summary>
public sealed record ApexDataPoint(string X, [property: System.Text.Json.Serialization.JsonIgnore(
    Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] double? Y)
{
    public ApexPointMeta? Meta { get; init; }
    public string? FillColor { get; init; }
}

/// <summary>What the tooltip and data labels show for a point, read by the JS module from <c>data[i].meta</c>.</summary>
/// <param name="Label">The value as written in the table ("1.234", "98,7 %"), or the spec's own label.</param>
/// <param name="Source">"file › sheet › cell", or how the value was computed.</param>
/// <param name="IsPartial">True for the partial year's column (2020 to 31/3); omitted otherwise.</param>
/// <param name="PartialNote">What that column holds ("tính đến 31/3"), for the tooltip; omitted otherwise.</param>
/// <param name="NotReported">True when the unit reported nothing here; omitted otherwise.</param>
public sealed record ApexPointMeta(string Label, string? Source = null, bool? IsPartial = null, bool? NotReported = null, string? PartialNote = null);
