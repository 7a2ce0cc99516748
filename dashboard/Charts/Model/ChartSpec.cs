using CCHC.Dashboard.Slicers;

namespace CCHC.Dashboard.Charts.Model;

// One chart model, drawn by ApexCharts on screen and by ScottPlot in export, so the two never disagree on data,
// order, colours or labels.

public enum ChartKind { Line, Bar, HorizontalBar, StackedBar, Heatmap, Donut }

/// <summary>How values are written: counts "1.234", percentages "98,7 %", yes/no "Có/Không".</summary>
public enum ValueFormat { Count, Percent, YesNo, Number }

/// <summary>One value of a series at one category.</summary>
/// <param name="Value">The number drawn; null is a gap (not reported), never zero.</param>
/// <param name="Label">The text shown for it when it differs from the formatted value (a heat-map cell's real value).</param>
/// <param name="Source">Where it was read: "file › sheet › cell", or how it was computed ("tổng của 11 đơn vị").</param>
/// <param name="IsPartial">The partial year's column (2020: "tính đến 31/3", first quarter only).</param>
/// <param name="Shade">Where the colour comes from when it is not the value itself: a heat-map cell's standing among
/// the units (0–100), as indicators of different scales share one colour scale. Exports write the value, never this.</param>
/// <param name="Format">How this value reads when it differs from the chart's (a heat map mixes counts and percentages).</param>
public sealed record ChartPoint(string Category, double? Value, string? Label = null, string? Source = null, bool IsPartial = false,
    double? Shade = null, ValueFormat? Format = null);

/// <summary>A named series; <paramref name="Key"/> is what a click selects (a unit code, an indicator code).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points, string? Key = null, string? Color = null);

/// <summary>Everything a chart shows, in the words and order the user reads them.</summary>
/// <param name="Id">Stable id, used for the DOM element and export file names.</param>
/// <param name="Subtitle">What, where, which years.</param>
/// <param name="CategoryKeys">What a click on a category selects (unit codes for a ranking), parallel to Categories.</param>
/// <param name="SourceLine">"Nguồn: …; năm 2020 tính đến 31/3".</param>
/// <param name="FilterText">What the visual is filtered by, shown on its card.</param>
/// <param name="IsSample">Any value comes from sample data: labelled "Dữ liệu mẫu" wherever the chart is shown.</param>
/// <param name="PartialCategory">The category that is a partial year ("2020"), drawn distinctly.</param>
/// <param name="Hint">What a click on the chart does: shown on screen only, never in an exported image.</param>
/// <param name="Highlighted">Keys drawn marked (category keys of a ranking, series keys of a heat map's rows), the rest
/// dimmed; empty: nothing picked out, every bar in the series' one colour. Null: the chart does not highlight.</param>
/// <param name="ValueAxisFrom">Where the value axis starts when not at zero (close values: 97,5 against 98,9 %); the
/// chart then says so in its value-axis title.</param>
/// <param name="Reference">A reference line across the values (the mean of the units).</param>
public sealed record ChartSpec(
    string Id,
    string Title,
    string Subtitle,
    ChartKind Kind,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    ValueFormat Format,
    string SourceLine,
    string FilterText,
    bool IsSample,
    string? PartialCategory = null,
    string? XAxisTitle = null,
    string? YAxisTitle = null,
    IReadOnlyList<string>? CategoryKeys = null,
    string? Hint = null,
    IReadOnlyList<string>? Highlighted = null,
    double? ValueAxisFrom = null,
    ReferenceLine? Reference = null)
{
    public bool IsEmpty => Series.All(s => s.Points.All(p => p.Value is null));

    /// <summary>The report's years, for how its partial year reads ("tính đến 31/3"); null for a chart that never
    /// draws one.</summary>
    public ReportYears? Years { get; init; }

    /// <summary>"tính đến 31/3": said beside every partial-year value.</summary>
    public string PartialNote => Years?.PartialNote ?? "chưa trọn năm";

    /// <summary>"tính đến 31/3 (quý I)": a partial-year value's note in a data file.</summary>
    public string PartialDataNote => Years is { } y ? $"{y.PartialNote} ({y.PartialSpan})" : PartialNote;

    /// <summary>"Q1/2020 (tính đến 31/3)": the label over the partial year's column of a line chart.</summary>
    public string PartialLabel(string category) => $"{(Years is { Partial: not null } y ? y.ShortName : category)} ({PartialNote})";
}

/// <summary>A line across a chart's values at <paramref name="Value"/>, named by <paramref name="Label"/> ("Trung bình: 98,2 %").</summary>
public sealed record ReferenceLine(double Value, string Label);
