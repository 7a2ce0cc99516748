using System.Diagnostics;
using CCHC.Benchmarks.Data;
using CCHC.Benchmarks.Harness;
using CCHC.Etl.Loading;
using Catalogue = CCHC.Warehouse.Model.Catalogue;

namespace CCHC.Benchmarks.Etl;

/// <summary>Workbooks and facts per second for the province set and the national set, beside the raw-read floor
/// and pandas + openpyxl on the same files; and the shipped data's load as a user runs it, process start included.</summary>
static class EtlSuite
{
    public static void Run(Report report, BenchData data)
    {
        var figures = report.Begin("ETL");
        var pandasProblem = PandasReference.EnsureInstalled();

        // The first load and read of a process pay for JIT compilation; a user's load pays it too, and is timed with
        // process start below. The in-process figures compare steady code with steady code.
        Console.WriteLine("  · warming up (one province load, one raw read) …");
        var (cold, _) = LoadOnce(Repo.Workbooks, data.ShippedCatalogue, data.Temp("warm.duckdb"));
        RawReadFloor.Read(SourceFiles.In(Repo.Workbooks));
        figures.Add(new("province: first load in this process (JIT compiling the loader)", Show.Seconds(cold), "not counted below"));

        Set(figures, data, "province", Repo.Workbooks, data.ShippedCatalogue, runs: data.Quick ? 1 : 3, phaseEvery: 1, pandasProblem);

        var national = data.National;
        if (national.MadeIn is { } madeIn)
            figures.Add(new("national: writing the set (`sample --scale national`)", Show.Seconds(madeIn), "once; kept in out/benchmarks/national"));
        var nationalWarehouse = Set(figures, data, "national", national.Workbooks, national.Catalogue, runs: 1,
            phaseEvery: data.Quick ? 50 : 10, pandasProblem);
        data.NationalWarehouse = nationalWarehouse;

        ProcessStart(figures, data);
        report.End();
    }

    /// <returns>The warehouse of the last timed load.</returns>
    static string Set(List<Figure> figures, BenchData data, string name, string folder, Catalogue catalogue, int runs, int phaseEvery,
        string? pandasProblem)
    {
        var files = SourceFiles.In(folder);
        Console.WriteLine($"  · {name}: loading {files.Count} files {runs}× …");
        var loads = new List<(TimeSpan Took, LoadRun Run)>();
        string warehouse = "";
        for (var i = 0; i < runs; i++)
        {
            warehouse = data.Temp($"{name}-etl-{i}.duckdb");
            loads.Add(LoadOnce(folder, catalogue, warehouse));
        }
        var (took, run) = loads.OrderBy(l => l.Took).ElementAt(loads.Count / 2);
        var facts = run.Files.Sum(f => (long)f.IndicatorFacts + f.TargetFacts + f.OrgCountFacts);
        var rejected = run.Rejected + run.RowRejects;
        figures.Add(new($"{name}: ETL load in process ({Show.Count(files.Count)} workbooks → {Show.Count(facts)} facts)",
            $"{Show.Seconds(took)} · {Show.Rate(files.Count / took.TotalSeconds, "workbooks")} · {Show.Rate(facts / took.TotalSeconds, "facts")}",
            (runs > 1 ? $"median of {runs}; " : "one run; ") + $"{rejected} rejects"));

        Console.WriteLine($"  · {name}: raw read floor …");
        var floors = Enumerable.Range(0, runs).Select(_ => RawReadFloor.Read(files)).OrderBy(f => f.Elapsed).ToList();
        var floor = floors[floors.Count / 2];
        figures.Add(new($"{name}: raw read floor (ExcelDataReader, every row of every sheet)",
            $"{Show.Seconds(floor.Elapsed)} · {Show.Rate(floor.Files / floor.Elapsed.TotalSeconds, "workbooks")}",
            $"{Show.Count(floor.Cells)} cells" + (floor.Skipped > 0 ? $"; {floor.Skipped} non-Excel files not read" : "")));
        var overFloor = took / floor.Elapsed;
        figures.Add(new($"{name}: ETL ÷ raw read floor", Show.Ratio(overFloor), "same files", Target.AtMost(1.5, "the floor"), overFloor));

        var sample = files.Where((_, i) => i % phaseEvery == 0).ToList();
        Console.WriteLine($"  · {name}: profiling the loader's steps on {sample.Count} files …");
        var phases = EtlPhases.Run(sample, catalogue, data.Temp($"{name}-phases.duckdb"));
        figures.Add(new($"{name}: where the ETL's time goes", phases.Describe(),
            sample.Count == files.Count ? "every file, steps timed apart" : $"every {phaseEvery}th file ({sample.Count}), steps timed apart"));

        if (pandasProblem is not null)
            figures.Add(Figure.Skipped($"{name}: pandas + openpyxl → one long table", pandasProblem, Target.AtLeast(5, "the ETL's time")));
        else
        {
            Console.WriteLine($"  · {name}: pandas + openpyxl …");
            var pandas = PandasReference.Read(folder);
            figures.Add(new($"{name}: pandas + openpyxl → one long table",
                $"{Show.Seconds(pandas.Elapsed)} · {Show.Rate(pandas.Files / pandas.Elapsed.TotalSeconds, "workbooks")}",
                $"{Show.Count(pandas.Cells)} cells" + (pandas.Skipped.Count > 0 ? $"; {pandas.Skipped.Count} .xls skipped (openpyxl reads .xlsx only)" : "")));
            // Per workbook, so a skipped .xls does not flatter either side.
            var ratio = pandas.Elapsed.TotalSeconds / pandas.Files / (took.TotalSeconds / files.Count);
            figures.Add(new($"{name}: pandas time ÷ ETL time (per workbook)", Show.Ratio(ratio), "ETL faster by this factor",
                Target.AtLeast(5, "(ETL ≥ 5× faster)"), ratio));
        }
        return warehouse;
    }

    static (TimeSpan, LoadRun) LoadOnce(string folder, Catalogue catalogue, string warehouse)
    {
        var clock = Stopwatch.StartNew();
        var run = new FolderLoader(catalogue).Load(folder, warehouse);
        return (clock.Elapsed, run);
    }

    /// <summary>`dotnet etl/Cli/bin/Release/net10.0/CCHC.Etl.Cli.dll load --input data/workbooks --warehouse TMP`, wall clock,
    /// each run into a new warehouse.</summary>
    static void ProcessStart(List<Figure> figures, BenchData data)
    {
        var runs = data.Quick ? 2 : 5;
        Console.WriteLine($"  · province: `dotnet CCHC.Etl.Cli.dll load` {runs}× with process start …");
        // What starting the program costs before it loads anything: the host, the runtime, parsing the command line.
        var help = new Timings();
        for (var i = 0; i < runs; i++) help.Add(Timings.Time(() => Processes.Run("dotnet", [Repo.EtlDll, "--help"])));
        figures.Add(new("`dotnet CCHC.Etl.Cli.dll --help` (process start, nothing loaded)", $"median {Show.Ms(help.P50)}", $"{runs} runs"));
        var times = new Timings();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var (exit, output) = Processes.Run("dotnet", [Repo.EtlDll, "load", "--input", Repo.Workbooks, "--warehouse", data.Temp($"cli-{i}.duckdb")]);
            times.Add(clock.Elapsed);
            if (exit is not (0 or 2)) throw new InvalidOperationException($"etl load failed ({exit}):\n{output}");
        }
        figures.Add(new("province: `dotnet CCHC.Etl.Cli.dll load` with process start (wall clock)",
            $"median {Show.Ms(times.P50)} · max {Show.Ms(times.Max)}", $"{runs} runs, each into a new warehouse",
            Target.Below(2000, "ms"), times.P50));
    }
}
