namespace CCHC.Benchmarks.Harness;

/// <summary>CPU seconds used so far by a process, by this program's Chromium processes, or by every process this
/// program started that still runs, read from /proc: who used the two cores (the dashboard, the browser drawing 25
/// pages, or something else on the machine).</summary>
static class ProcessCpu
{
    static readonly double TicksPerSecond = 100; // USER_HZ, 100 on Linux

    public static double Seconds(int pid) => Stat(pid) is { } s ? (s.Utime + s.Stime) / TicksPerSecond : 0;

    /// <summary>A process's working set now (resident memory, as /proc reports it).</summary>
    public static long WorkingSet(int pid)
    {
        using var process = System.Diagnostics.Process.GetProcessById(pid);
        return process.WorkingSet64;
    }

    /// <summary>Chromium processes descending from this program (Playwright's driver starts the browser).</summary>
    public static double ChromiumSeconds() =>
        Descendants().Where(s => s.Name.Contains("chrom", StringComparison.OrdinalIgnoreCase)).Sum(s => (s.Utime + s.Stime) / TicksPerSecond);

    /// <summary>Every live process descending from this program (the dashboard, Playwright's driver, Chromium), with
    /// the children they have reaped: what this program's own /proc line does not count until it reaps them itself.</summary>
    public static double DescendantSeconds() =>
        Descendants().Sum(s => (s.Utime + s.Stime + s.ChildrenTime) / TicksPerSecond);

    static IEnumerable<ProcStat> Descendants()
    {
        var stats = Directory.EnumerateDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? Stat(pid) : null)
            .OfType<ProcStat>().ToDictionary(s => s.Pid);
        var me = Environment.ProcessId;
        bool Descends(ProcStat s)
        {
            for (var hops = 0; hops < 10 && stats.TryGetValue(s.Ppid, out var parent); hops++, s = parent)
                if (parent.Pid == me) return true;
            return s.Ppid == me;
        }
        return stats.Values.Where(Descends).ToList();
    }

    sealed record ProcStat(int Pid, string Name, int Ppid, long Utime, long Stime, long ChildrenTime);

    static ProcStat? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var open = text.IndexOf('(');
            var close = text.LastIndexOf(')');
            var fields = text[(close + 2)..].Split(' ');
            // After the name: state ppid … utime (14th field overall) stime (15th) cutime (16th) cstime (17th).
            return new ProcStat(pid, text[(open + 1)..close], int.Parse(fields[1]), long.Parse(fields[11]), long.Parse(fields[12]),
                long.Parse(fields[13]) + long.Parse(fields[14]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null; // gone meanwhile
        }
    }
}
