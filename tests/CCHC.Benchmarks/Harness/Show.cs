using System.Globalization;

namespace CCHC.Benchmarks.Harness;

/// <summary>Numbers as the results print them: invariant culture, thousands separated, units spelled out.</summary>
static class Show
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Number(double value) =>
        value >= 100 || value == Math.Floor(value) ? value.ToString("#,0", Invariant) : value.ToString("0.##", Invariant);

    public static string Count(long value) => value.ToString("#,0", Invariant);

    public static string Ms(double ms) => ms < 10 ? $"{ms.ToString("0.00", Invariant)} ms" : ms < 100 ? $"{ms.ToString("0.0", Invariant)} ms" : $"{ms.ToString("#,0", Invariant)} ms";

    public static string Seconds(TimeSpan elapsed) => Seconds(elapsed.TotalSeconds);

    public static string Seconds(double s) => s < 10 ? $"{s.ToString("0.00", Invariant)} s" : $"{s.ToString("#,0.0", Invariant)} s";

    public static string Rate(double perSecond, string what) =>
        $"{(perSecond >= 100 ? perSecond.ToString("#,0", Invariant) : perSecond.ToString("0.0", Invariant))} {what}/s";

    public static string Ratio(double ratio) => $"{ratio.ToString(ratio >= 10 ? "0" : "0.00", Invariant)}×";

    public static string Percent(double share) => $"{(100 * share).ToString("0", Invariant)} %";

    public static string MiB(long bytes) => $"{(bytes / 1048576.0).ToString("#,0", Invariant)} MiB";
}
