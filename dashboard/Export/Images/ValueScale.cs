using CCHC.Dashboard.Charts.Model;

namespace CCHC.Dashboard.Export.Images;

/// <summary>A value axis: its limits and its ticks, labelled the vi-VN way ("1.000", "50 %"), at round steps.</summary>
internal sealed record ValueScale(double Min, double Max, IReadOnlyList<double> Ticks, IReadOnlyList<string> Labels)
{
    /// <param name="fromZero">Bars start at zero; lines fit the data, as on screen.</param>
    public static ValueScale For(IEnumerable<double> values, ValueFormat format, bool fromZero, int targetTicks = 5)
    {
        if (format == ValueFormat.YesNo)
            return new(0, 1, [0, 1], [ViNumber.Format(0, format), ViNumber.Format(1, format)]);

        var finite = values.Where(double.IsFinite).ToList();
        double lo = finite.Count == 0 ? 0 : finite.Min(), hi = finite.Count == 0 ? 1 : finite.Max();
        if (fromZero) (lo, hi) = (Math.Min(0, lo), Math.Max(0, hi));
        var isShare = format == ValueFormat.Percent && lo >= 0 && hi <= 100;
        // A bar of percentages reads against the whole: 0–100.
        if (isShare && fromZero) hi = 100;
        if (hi - lo < 1e-9) (lo, hi) = fromZero || lo == 0 ? (Math.Min(0, lo), Math.Max(1, hi * 1.2)) : (lo - Math.Abs(lo) * 0.1, hi + Math.Abs(hi) * 0.1);

        var step = NiceStep((hi - lo) / targetTicks);
        // Counts are whole: no "0,5" tick on an axis of documents.
        if (format == ValueFormat.Count) step = Math.Max(1, step);
        var min = Math.Floor(lo / step + 1e-9) * step;
        var max = Math.Ceiling(hi / step - 1e-9) * step;
        if (isShare) (min, max) = (Math.Max(0, min), Math.Min(100, max));

        var ticks = new List<double>();
        for (var t = min; t <= max + step / 1e6; t += step)
            ticks.Add(Math.Round(t, 9));
        return new(min, max, ticks, ticks.Select(t => ViNumber.Format(t, format)).ToList());
    }

    static double NiceStep(double raw)
    {
        if (raw <= 0 || !double.IsFinite(raw)) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
