using System.Diagnostics;
using CCHC.Benchmarks.Browser;
using CCHC.Benchmarks.Data;
using CCHC.Benchmarks.Etl;
using CCHC.Benchmarks.Export;
using CCHC.Benchmarks.Harness;
using CCHC.Benchmarks.Queries;

// Thin host: `dotnet run -c Release --project tests/CCHC.Benchmarks -- [etl|queries|export|browser|all] [--quick]`.
string[] known = ["etl", "queries", "export", "browser", "all"];
var quick = args.Contains("--quick");
var asked = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
if (asked.Count == 0) asked.Add("all");
if (asked.FirstOrDefault(a => !known.Contains(a)) is { } unknown)
{
    Console.Error.WriteLine($"Unknown suite '{unknown}'. Use one or more of: {string.Join(", ", known)} (default all); --quick for fewer runs.");
    return 1;
}
var suites = asked.Contains("all") ? known[..^1].ToList() : known.Where(asked.Contains).ToList();

Console.WriteLine("# CCHC Analytics benchmarks");
Console.WriteLine();
Console.WriteLine($"- date: {DateTime.Now:yyyy-MM-dd HH:mm} (local), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine($"- machine: {Machine.Describe()}");
Console.WriteLine($"- command: dotnet run -c Release --project tests/CCHC.Benchmarks -- {string.Join(' ', args.DefaultIfEmpty("all"))}");
Console.WriteLine($"- code: {Git("rev-parse --short HEAD")}{(Git("status --porcelain").Length > 0 ? " with uncommitted changes in the work tree" : "")}");
Console.WriteLine($"- load average at start: {Machine.LoadAverage()}{(quick ? "; --quick: fewer runs, rough figures" : "")}");

var report = new Report();
var total = Stopwatch.StartNew();
using (var data = new BenchData(quick))
{
    foreach (var suite in suites)
    {
        var cpu = new Machine.CpuMeter();
        var clock = Stopwatch.StartNew();
        switch (suite)
        {
            case "etl": EtlSuite.Run(report, data); break;
            case "queries": await QuerySuite.RunAsync(report, data); break;
            case "export": await ExportSuite.RunAsync(report, data); break;
            case "browser": await BrowserSuite.RunAsync(report, data); break;
        }
        report.Note($"{suite}: {Show.Seconds(clock.Elapsed)}; {cpu.Describe()}");
    }
}

Console.WriteLine();
Console.WriteLine($"All done in {Show.Seconds(total.Elapsed)}.");
Console.Write(report.Summary());
Directory.CreateDirectory(Repo.Cache);
var saved = Path.Combine(Repo.Cache, $"results-{DateTime.Now:yyyyMMdd-HHmm}.md");
File.WriteAllText(saved, report.Markdown + Environment.NewLine + report.Summary());
Console.WriteLine($"Tables saved to {Path.GetRelativePath(Repo.Root, saved)}");
return 0;

static string Git(string arguments)
{
    try
    {
        var (exit, output) = Processes.Run("git", arguments.Split(' '));
        return exit == 0 ? output.Trim() : "unknown";
    }
    catch (System.ComponentModel.Win32Exception) { return "unknown (no git)"; }
}
