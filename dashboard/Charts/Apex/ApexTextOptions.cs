namespace CCHC.Dashboard.Charts.Apex;

public sealed record ApexDataLabels
{
    public bool Enabled { get; init; }
    public ApexFunction? Formatter { get; init; }
    public ApexFontStyle? Style { get; init; }
    public double? OffsetX { get; init; }
    public double? OffsetY { get; init; }
    public ApexToggle? DropShadow { get; init; }
    public ApexLabelBackground? Background { get; init; }
}

/// <summary>A box behind a data label, so it reads on any bar colour.</summary>
public sealed record ApexLabelBackground(bool Enabled, string? BackgroundColor = null, string? ForeColor = null,
    double? Opacity = null, double? BorderWidth = null, double? BorderRadius = null, double? Padding = null);

public sealed record ApexLegend
{
    public bool Show { get; init; }
    public bool? ShowForSingleSeries { get; init; }
    public string? Position { get; init; }
    public string? HorizontalAlign { get; init; }
    public string? FontSize { get; init; }
    /// <summary>ApexCharts writes the legend with innerHTML: the formatter escapes the series name.</summary>
    public ApexFunction? Formatter { get; init; }
}

public sealed record ApexTooltip
{
    public bool Enabled { get; init; }
    public bool? Shared { get; init; }
    public bool? Intersect { get; init; }
    public bool? FollowCursor { get; init; }
    /// <summary>Our tooltip, built in the module with every data string escaped.</summary>
    public ApexFunction? Custom { get; init; }
}

public sealed record ApexStates(ApexActiveState Active);

public sealed record ApexActiveState(ApexFilter Filter);

public sealed record ApexFilter(string Type);

public sealed record ApexNoData(string Text, ApexFontStyle? Style = null);

public sealed record ApexTitle(string Text, string? Align = null, ApexFontStyle? Style = null);
