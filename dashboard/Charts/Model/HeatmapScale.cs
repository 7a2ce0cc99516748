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
