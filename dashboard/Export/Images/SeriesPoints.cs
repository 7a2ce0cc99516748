using CCHC.Dashboard.Charts.Model;

namespace CCHC.Dashboard.Export.Images;

/// <summary>A series read the way the screen reads it: one point per category in the spec's order; a category the
/// series lacks, a null and a non-finite value are all gaps (never zero).</summary>
internal static class SeriesPoints
{
    public static ChartPoint?[] Aligned(ChartSpec spec, ChartSeries series)
    {
        var byCategory = series.Points.GroupBy(p => p.Category).ToDictionary(g => g.Key, g => g.First());
        return spec.Categories.Select(c => byCategory.GetValueOrDefault(c)).ToArray();
    }

    public static double? Value(ChartPoint? point) => point?.Value is { } v && double.IsFinite(v) ? v : null;

    /// <summary>The partial year, by the spec's category or by the point's own flag, as the screen marks it.</summary>
    public static bool IsPartial(ChartSpec spec, int categoryIndex, ChartPoint? point) =>
        (point?.IsPartial ?? false) || spec.Categories[categoryIndex] == spec.PartialCategory;

    /// <summary>The text written for a value: the point's own label, else the value in the spec's format.</summary>
    public static string Label(ChartSpec spec, ChartPoint? point) =>
        Value(point) is null ? ViNumber.Missing : point!.Label ?? ViNumber.Format(point.Value, point.Format ?? spec.Format);

    public static IEnumerable<double> AllValues(ChartSpec spec) =>
        spec.Series.SelectMany(s => Aligned(spec, s)).Select(Value).OfType<double>();
}
