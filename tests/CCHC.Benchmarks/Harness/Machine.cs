using System.Runtime.InteropServices;

namespace CCHC.Benchmarks.Harness;

/// <summary>The machine the figures were taken on, read from /proc, and how busy it was meanwhile.</summary>
static class Machine
{
    public static string Describe()
    {
        var model = ProcLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        var memKb = ProcLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))?
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var memory = long.TryParse(memKb, out var kb) ? $"{kb / 1048576.0:0.0} GiB" : "unknown memory";
        return $"{Environment.ProcessorCount} cores ({model ?? "unknown CPU"}), {memory}, {RuntimeInformation.OSDescription}, " +
               $".NET {Environment.Version}";
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    static IEnumerable<string> ProcLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];

    /// <summary>CPU time of the whole machine and of this program (with its children, running or done: the ETL,
    /// pandas, the dashboard, Chromium) between two readings, so a table can say whether other work shared the cores.</summary>
    public sealed class CpuMeter
    {
        readonly (long Busy, long Total) machineStart = MachineTicks();
        readonly long ownStart = OwnTicks();

        /// <summary>Shares of all cores' time: used by anything, used by this program and its children.</summary>
        public (double Machine, double Own) Read()
        {
            var (busy, total) = MachineTicks();
            var elapsed = Math.Max(1, total - machineStart.Total);
            return ((busy - machineStart.Busy) / (double)elapsed, (OwnTicks() - ownStart) / (double)elapsed);
        }

        public string Describe()
        {
            var (machine, own) = Read();
            var others = Math.Max(0, machine - own);
            return $"cores busy {Show.Percent(machine)} of the time, this run {Show.Percent(Math.Min(own, machine))}, " +
                   $"other processes ≈ {Show.Percent(others)}; load average {LoadAverage()}";
        }

        static (long Busy, long Total) MachineTicks()
        {
            var line = ProcLines("/proc/stat").FirstOrDefault(l => l.StartsWith("cpu ", StringComparison.Ordinal));
            if (line is null) return (0, 0);
            var v = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(long.Parse).ToArray();
            var idle = v[3] + v[4]; // idle + iowait
            var total = v.Sum();
            return (total - idle, total);
        }

        // Children still running count too: a dashboard or Chromium started by a suite is reaped only after it.
        static long OwnTicks() => SelfTicks() + (long)Math.Round(ProcessCpu.DescendantSeconds() * 100);

        static long SelfTicks()
        {
            if (!File.Exists("/proc/self/stat")) return 0;
            var stat = File.ReadAllText("/proc/self/stat");
            // Fields after the command name, which is in parentheses and may hold spaces: utime stime cutime cstime are 14–17.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields.Skip(11).Take(4).Sum(long.Parse);
        }
    }
}
