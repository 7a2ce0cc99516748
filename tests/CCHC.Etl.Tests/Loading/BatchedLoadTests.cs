using CCHC.Etl.Loading;
using CCHC.Etl.Tests.Builders;
using CCHC.Warehouse;
using CCHC.Warehouse.Model;
using Dapper;

namespace CCHC.Etl.Tests.Loading;

/// <summary>A run writes its files a batch per transaction: the outcome, file by file, and the warehouse are the same
/// as with a transaction per file, and a file the warehouse refuses still costs only itself.</summary>
public sealed class BatchedLoadTests
{
    const string TaySon = "547";

    static FileReadResult Pl3(string name, int day, double value) => Appendix(name, "PL3", "PL3.1.2", day, value);

    static FileReadResult Appendix(string name, string appendix, string indicator, int day, double value) => new(
        new SourceFile(name, "hash-" + name, 4096, new DateTime(2020, 5, 1, 8, 0, 0, DateTimeKind.Utc)),
        [new Submission(appendix, TaySon, null, appendix, new DateOnly(2020, 4, day), false,
            [new IndicatorFact(indicator, 2019, value, false, value.ToString(System.Globalization.CultureInfo.InvariantCulture), "G8")],
            [], [], [])],
        null);

    [Fact]
    public void A_file_the_warehouse_refuses_is_rejected_alone_and_the_rest_of_its_batch_loads()
    {
        using var dir = new TempDirectory();
        using var db = WarehouseDatabase.OpenForWrite(dir.File("w.duckdb"));
        var outcomes = new List<FileLoadOutcome>();
        var queue = new ApplyQueue(new FileLoader(db.Connection), outcomes.Add);

        // Batches of 1, 2 and 4 files: the third batch holds f4 to f7, and f5 breaks a NOT NULL column.
        foreach (var day in Enumerable.Range(1, 7))
            queue.Apply(day == 5 ? Appendix("f5.xlsx", "PL7", null!, day, day) : Pl3($"f{day}.xlsx", day, day));
        queue.Flush();

        Assert.Equal(["f1.xlsx", "f2.xlsx", "f3.xlsx", "f4.xlsx", "f5.xlsx", "f6.xlsx", "f7.xlsx"], outcomes.Select(o => o.FileName));
        Assert.Equal(["loaded", "loaded", "loaded", "loaded", "rejected", "loaded", "loaded"], outcomes.Select(o => o.Status));
        Assert.Equal([0, 1, 1, 1, 0, 1, 1], outcomes.Select(o => o.SupersededSubmissions)); // f6 replaces f4
        Assert.Equal(7.0, db.Connection.ExecuteScalar<double>("select value from fact_indicator_value"));
        var reason = db.Connection.ExecuteScalar<string>("select reason from load_reject where source_file = 'f5.xlsx'");
        Assert.StartsWith("Không ghi được vào kho dữ liệu (warehouse write failed)", reason);
        Assert.Equal(7L, db.Connection.ExecuteScalar<long>("select count(*) from load_file"));
        Assert.Equal(6L, db.Connection.ExecuteScalar<long>("select count(*) from load_submission"));
    }

    [Fact]
    public void Outcomes_known_at_once_wait_for_the_batch_before_them()
    {
        using var dir = new TempDirectory();
        using var db = WarehouseDatabase.OpenForWrite(dir.File("w.duckdb"));
        var outcomes = new List<string>();
        var queue = new ApplyQueue(new FileLoader(db.Connection), o => outcomes.Add(o.FileName));

        queue.Unchanged(new FileLoadOutcome("a.xlsx", "unchanged", 0, 0, 0, 0, 0, 0));
        Assert.Equal(["a.xlsx"], outcomes);
        queue.Apply(Pl3("b.xlsx", 1, 1)); // a batch of one: written at once
        queue.Apply(Pl3("c.xlsx", 2, 2));
        queue.Unchanged(new FileLoadOutcome("d.xlsx", "unchanged", 0, 0, 0, 0, 0, 0));
        Assert.Equal(["a.xlsx", "b.xlsx"], outcomes);
        Assert.True(queue.Knows("hash-c.xlsx"));
        queue.Flush();

        Assert.Equal(["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"], outcomes);
    }

    [Fact]
    public void One_run_stores_what_a_run_per_file_stores()
    {
        using var output = new TempDirectory();
        var files = SourceFiles.In(Repo.Workbooks)
            .Where(f => Path.GetFileName(f).StartsWith("PL3_", StringComparison.Ordinal)
                        || Path.GetFileName(f).StartsWith("PL7_", StringComparison.Ordinal)
                        || Path.GetFileName(f).StartsWith("BaoCao_CCHC_A", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(files, f => f.EndsWith("PL3_TaySon_bo-sung.xlsx", StringComparison.Ordinal)); // replaces PL3_TaySon.xlsx

        var oneRun = output.File("one-run.duckdb");
        var run = new FolderLoader(Interpret.Catalogue).LoadFiles(files, oneRun);
        var perFile = output.File("per-file.duckdb");
        var runs = files.Select(file => new FolderLoader(Interpret.Catalogue).LoadFiles([file], perFile)).ToList();

        Assert.Equal(runs.Select(r => Assert.Single(r.Files)), run.Files);
        Assert.Equal(Rows(perFile), Rows(oneRun));
    }

    [Fact]
    public void The_same_bytes_twice_in_one_run_load_once_and_every_file_is_reported_in_order()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        foreach (var name in new[] { "PL3_TaySon.xlsx", "PL7_TaySon.xlsx" })
            File.Copy(Path.Combine(Repo.Workbooks, name), input.File(name));
        File.Copy(Path.Combine(Repo.Workbooks, "PL3_TaySon.xlsx"), input.File("PL3_TaySon_copy.xlsx"));
        File.WriteAllBytes(input.File("PL5_Broken.xlsx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var reported = new List<FileLoadOutcome>();

        var run = new FolderLoader(Interpret.Catalogue, new Collect(reported)).Load(input.Path, output.File("w.duckdb"));

        Assert.Equal(["PL3_TaySon.xlsx", "PL3_TaySon_copy.xlsx", "PL5_Broken.xlsx", "PL7_TaySon.xlsx"], reported.Select(o => o.FileName));
        Assert.Equal(["loaded", "unchanged", "rejected", "loaded"], reported.Select(o => o.Status));
        Assert.Equal(reported, run.Files);
    }

    /// <summary>Every row of the load and fact tables, but the time of loading.</summary>
    static string Rows(string warehouse)
    {
        using var db = WarehouseDatabase.OpenReadOnly(warehouse);
        return string.Join("\n--\n", new[]
        {
            "select * exclude (loaded_at) from load_file", "select * from load_submission", "select * from submission_status", "select * from load_reject",
            "select * from reported_indicator_value", "select * from reported_target_evaluation", "select * from reported_org_count",
            "select * from fact_indicator_value", "select * from fact_target_evaluation", "select * from fact_org_count",
        }.Select(sql => string.Join("\n", db.Connection.Query(sql + " order by all")
            .Select(row => string.Join("|", ((IDictionary<string, object>)row).Values)))));
    }

    /// <summary>Reports on the calling thread, as the command line's progress does.</summary>
    sealed class Collect(List<FileLoadOutcome> into) : IProgress<FileLoadOutcome>
    {
        public void Report(FileLoadOutcome value) => into.Add(value);
    }
}
