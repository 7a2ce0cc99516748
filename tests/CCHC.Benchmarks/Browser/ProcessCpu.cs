namespace CCHC.Benchmarks.Browser;

/// <summary>CPU seconds used so far by a process, or by this program's Chromium processes, read from /proc: who used
/// the two cores while the sessions ran (the dashboard, or the browser drawing 25 pages).</summary>
static class ProcessCpu
{
    static readonly double TicksPerSecond = 100; // USER_HZ, 100 on Linux

    public static double Seconds(int pid) => Stat(pid) is { } s ? (s.Utime + s.Stime) / TicksPerSecond : 0;

    /// <summary>Chromium processes descending from this program (Playwright's driver starts the browser).</summary>
    public static double ChromiumSeconds()
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
        return stats.Values.Where(s => s.Name.Contains("chrom", StringComparison.OrdinalIgnoreCase) && Descends(s))
            .Sum(s => (s.Utime + s.Stime) / TicksPerSecond);
    }

    sealed record ProcStat(int Pid, string Name, int Ppid, long Utime, long Stime);

    static ProcStat? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var open = text.IndexOf('(');
            var close = text.LastIndexOf(')');
            var fields = text[(close + 2)..].Split(' ');
            // After the name: state ppid … utime (14th field overall) stime (15th).
            return new ProcStat(pid, text[(open + 1)..close], int.Parse(fields[1]), long.Parse(fields[11]), long.Parse(fields[12]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null; // gone meanwhile
        }
    }
}
