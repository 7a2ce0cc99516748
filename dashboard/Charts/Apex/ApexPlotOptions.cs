namespace CCHC.Dashboard.Charts.Apex;

public sealed record ApexPlotOptions
{
    public ApexBarOptions? Bar { get; init; }
    public ApexHeatmapOptions? Heatmap { get; init; }
    public ApexPieOptions? Pie { get; init; }
}

public sealed record ApexBarOptions
{
    public bool Horizontal { get; init; }
    public double? BorderRadius { get; init; }
    public string? BarHeight { get; init; }
    public string? ColumnWidth { get; init; }
    public ApexBarDataLabels? DataLabels { get; init; }
}

public sealed record ApexBarDataLabels(string Position);

public sealed record ApexHeatmapOptions(bool EnableShades, double Radius, ApexColorScale ColorScale);

public sealed record ApexColorScale(IReadOnlyList<ApexColorRange> Ranges);

/// <summary>Cells with <see cref="From"/> ≤ value ≤ <see cref="To"/> take <see cref="Color"/>; the name is the legend entry.</summary>
public sealed record ApexColorRange(double From, double To, string Color, string ForeColor, string Name);

public sealed record ApexPieOptions(ApexDonut Donut);

public sealed record ApexDonut(string Size, ApexDonutLabels Labels);

public sealed record ApexDonutLabels(bool Show);
