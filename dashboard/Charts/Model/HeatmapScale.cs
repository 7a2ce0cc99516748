namespace CCHC.Dashboard.Charts.Model;

/// <summary>The heat map's colours, on screen (ApexCharts' colour ranges) and in export alike: five steps of
/// <see cref="Palette.Sequential"/> over 0–100 for percentages, over the smallest to the largest value otherwise,
/// two for yes/no; a cell nobody reported is grey, never the colour of zero.</summary>
public sealed record HeatmapScale(IReadOnlyList<HeatmapScale.Range> Ranges)
{
    public sealed record Range(double From, double To, string Color, string Name)
    {
        /// <summary>Readable on <see cref="Color"/>: dark on light cells, white on dark ones.</summary>
        public string TextColor => ChartColors.ContrastText(Color);
    }

    public const string NotReportedName = "Không báo cáo";

    public static HeatmapScale For(ValueFormat format, IReadOnlyList<double> values) => new(RangesOf(format, values).ToList());

    /// <summary>The scale of a heat map: over its cells' standings (fixed 0–100, so choosing or filtering units never
    /// recolours a cell) when it has them, else over its values.</summary>
    public static HeatmapScale Of(ChartSpec spec)
    {
        var points = spec.Series.SelectMany(s => s.Points).ToList();
        return points.Any(p => p.Shade is not null)
            ? Standing
            : For(spec.Format, points.Select(p => p.Value).OfType<double>().Where(double.IsFinite).ToList());
    }

    /// <summary>What decides a cell's colour: its standing when it has one, else its value; null when not reported.</summary>
    public static double? ShadeOf(ChartPoint? point) =>
        point?.Value is { } v && double.IsFinite(v) ? point.Shade ?? v : null;

    // Named for what the colour says: the unit's place among the units that reported the indicator.
    static readonly HeatmapScale Standing = new(
    [
        new(0, 20, Palette.Sequential[0], "Thấp nhất"),
        new(20, 40, Palette.Sequential[1], "Dưới giữa"),
        new(40, 60, Palette.Sequential[2], "Giữa"),
        new(60, 80, Palette.Sequential[3], "Trên giữa"),
        new(80, 100, Palette.Sequential[4], "Cao nhất"),
    ]);

    /// <summary>The colour of a value; like ApexCharts, the last range that holds it wins (20 is in 20–40).</summary>
    public string ColorOf(double? value)
    {
        if (value is not { } v || !double.IsFinite(v)) return Palette.NotReported;
        var color = Palette.NotReported;
        foreach (var range in Ranges)
            if (v >= range.From && v <= range.To) color = range.Color;
        return color;
    }

    static IEnumerable<Range> RangesOf(ValueFormat format, IReadOnlyList<double> values)
    {
        var scale = Palette.Sequential;
        if (format == ValueFormat.YesNo)
        {
            yield return new Range(0, 0.5, scale[0], "Không");
            yield return new Range(0.5, 1, scale[3], "Có");
            yield break;
        }
        if (values.Count == 0) yield break;

        double min = values.Min(), max = values.Max();
        if (format == ValueFormat.Percent)
            (min, max) = (Math.Min(0, min), Math.Max(100, max));
        if (max <= min)
        {
            yield return new Range(min, max, scale[2], ViNumber.Format(min, format));
            yield break;
        }
        var step = (max - min) / scale.Count;
        for (var i = 0; i < scale.Count; i++)
        {
            var from = min + i * step;
            var to = i == scale.Count - 1 ? max : min + (i + 1) * step;
            yield return new Range(from, to, scale[i], $"{ViNumber.Format(from, format)} – {ViNumber.Format(to, format)}");
        }
    }
}
