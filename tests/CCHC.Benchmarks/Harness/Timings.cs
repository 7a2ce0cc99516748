using System.Diagnostics;

namespace CCHC.Benchmarks.Harness;

/// <summary>Durations of repeated runs, in milliseconds, and their percentiles (nearest rank).</summary>
sealed class Timings
{
    readonly List<double> ms = [];

    public int Count => ms.Count;

    public void Add(double milliseconds) => ms.Add(milliseconds);

    public void Add(TimeSpan elapsed) => ms.Add(elapsed.TotalMilliseconds);

    public double P50 => Percentile(50);
    public double P95 => Percentile(95);
    public double Max => ms.Count == 0 ? double.NaN : ms.Max();

    public double Percentile(double p)
    {
        if (ms.Count == 0) return double.NaN;
        var sorted = ms.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    public static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed;
    }
}
