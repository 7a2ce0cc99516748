namespace CCHC.Dashboard.Charts.Apex;

public sealed record ApexXAxis
{
    /// <summary>Always "category": years stay the strings "2015", never the number 2,015.</summary>
    public string Type { get; init; } = "category";
    public IReadOnlyList<string>? Categories { get; init; }
    /// <summary>A horizontal bar chart's value axis start; written even when null, so an update clears an old one.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
    public double? Min { get; init; }
    public ApexAxisLabels? Labels { get; init; }
    public ApexAxisTitle? Title { get; init; }
    public ApexToggle? Tooltip { get; init; }
}

public sealed record ApexYAxis
{
    public bool? Show { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public int? TickAmount { get; init; }
    public bool? Reversed { get; init; }
    public bool? ForceNiceScale { get; init; }
    public ApexAxisLabels? Labels { get; init; }
    public ApexAxisTitle? Title { get; init; }
}

public sealed record ApexAxisLabels
{
    public ApexFunction? Formatter { get; init; }
    public ApexFontStyle? Style { get; init; }
    public int? MaxWidth { get; init; }
    public bool? Trim { get; init; }
    public bool? HideOverlappingLabels { get; init; }
}

public sealed record ApexAxisTitle(string Text, ApexFontStyle? Style = null);

public sealed record ApexFontStyle
{
    public string? FontSize { get; init; }
    public string? FontWeight { get; init; }
    public string? Color { get; init; }
    public IReadOnlyList<string>? Colors { get; init; }
}

public sealed record ApexStroke
{
    public bool? Show { get; init; }
    public double? Width { get; init; }
    public string? Curve { get; init; }
    public IReadOnlyList<string>? Colors { get; init; }
}

public sealed record ApexMarkers
{
    public double Size { get; init; }
    public double? StrokeWidth { get; init; }
    public IReadOnlyList<ApexDiscreteMarker>? Discrete { get; init; }
}

public sealed record ApexDiscreteMarker(int SeriesIndex, int DataPointIndex, string FillColor, string StrokeColor, double Size);

/// <summary>The last <see cref="Count"/> points drawn dashed; count 0 turns it off (an update must clear it).</summary>
public sealed record ApexForecastDataPoints(int Count, int? DashArray = null, double? FillOpacity = null);

public sealed record ApexAnnotations(IReadOnlyList<ApexXAxisAnnotation> Xaxis);

/// <param name="X">A category ("2020") on a line chart; a value (the mean) on a horizontal bar chart's value axis.</param>
public sealed record ApexXAxisAnnotation(object X, string BorderColor, int StrokeDashArray, ApexAnnotationLabel Label);

public sealed record ApexAnnotationLabel(
    string Text, string BorderColor, string? Orientation, string? Position, string? TextAnchor, double? OffsetY, ApexAnnotationStyle Style);

public sealed record ApexAnnotationStyle(string Background, string Color, string FontSize);

public sealed record ApexGrid(string BorderColor, ApexPadding? Padding = null);

public sealed record ApexPadding(int Top, int Right, int Bottom, int Left);
