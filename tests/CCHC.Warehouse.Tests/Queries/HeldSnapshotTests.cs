using CCHC.Warehouse.Model;
using CCHC.Warehouse.Publishing;
using CCHC.Warehouse.Queries;

namespace CCHC.Warehouse.Tests;

/// <summary>The reader keeps the published snapshot open between calls and may answer again from a cache: neither
/// may ever hide a newer load, nor keep a replaced snapshot open.</summary>
public sealed class HeldSnapshotTests : IDisposable
{
    private readonly TempWarehouse temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_cached_reader_answers_from_the_new_snapshot_as_soon_as_it_is_published()
    {
        Publish("a.xlsx", 2019);
        using var cache = new QueryResultCache();
        using var reader = new WarehouseReader(temp.Path, cache);
        var queries = new DashboardQueries(reader);
        Assert.Equal(2019, (await queries.StatusAsync()).LastYear);
        Assert.Equal(2019, (await queries.StatusAsync()).LastYear);

        Publish("b.xlsx", 2020); // the same unit's newer report: its values replace the first one's

        Assert.Equal(2020, (await queries.StatusAsync()).LastYear);
    }

    [Fact]
    public async Task A_cached_reader_tells_apart_questions_that_differ_only_in_their_list_of_codes()
    {
        WarehousePublisher.Publish(temp.Path, db =>
        {
            CatalogueSync.Apply(db.Connection, TestCatalogue.Build());
            new FileLoader(db.Connection).Apply(new FileBuilder("a.xlsx")
                .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).Indicator("PL3.1.1", 2019, 12))
                .With(new SubmissionBuilder("PL3", TestCatalogue.QuyNhon).Indicator("PL3.1.1", 2019, 7)).Build());
            return (0, true);
        });
        using var cache = new QueryResultCache();
        var queries = new DashboardQueries(new WarehouseReader(temp.Path, cache));

        var hoaiNhon = await queries.ValuesAsync(["PL3.1.1"], [TestCatalogue.HoaiNhon], 2019, 2019, true);
        var quyNhon = await queries.ValuesAsync(["PL3.1.1"], [TestCatalogue.QuyNhon], 2019, 2019, true);
        var both = await queries.ValuesAsync(["PL3.1.1"], null, 2019, 2019, true);

        Assert.Equal(12, Assert.Single(hoaiNhon).Value);
        Assert.Equal(7, Assert.Single(quyNhon).Value);
        Assert.Equal(2, both.Count);
    }

    [Fact]
    public async Task The_current_snapshot_stays_open_between_calls_and_a_replaced_one_is_let_go()
    {
        Publish("a.xlsx", 2019);
        var reader = new WarehouseReader(temp.Path);
        var queries = new DashboardQueries(reader);
        await queries.UnitsAsync();
        var first = reader.CurrentSnapshot!;
        Assert.Contains(first, OpenFiles());

        Publish("b.xlsx", 2020);
        await queries.UnitsAsync();

        Assert.DoesNotContain(first, OpenFiles());
        Assert.Contains(reader.CurrentSnapshot!, OpenFiles());
        reader.Dispose();
        Assert.DoesNotContain(reader.CurrentSnapshot!, OpenFiles());
    }

    [Fact]
    public async Task A_plain_warehouse_file_is_read_afresh_by_every_call_even_with_a_cache()
    {
        using (var db = temp.OpenForWrite())
            CatalogueSync.Apply(db.Connection, TestCatalogue.Build());
        using var cache = new QueryResultCache();
        var queries = new DashboardQueries(new WarehouseReader(temp.Path, cache));
        Assert.Equal(0L, (await queries.StatusAsync()).IndicatorFacts);

        // A plain file can change in place (nothing publishes it), so nothing of it may be held or remembered.
        using (var db = temp.OpenForWrite())
            new FileLoader(db.Connection).Apply(Workbook("a.xlsx", 2019));

        Assert.Equal(1L, (await queries.StatusAsync()).IndicatorFacts);
    }

    [Fact]
    public async Task The_cache_runs_a_query_once_per_snapshot_and_arguments()
    {
        using var cache = new QueryResultCache();
        var runs = 0;
        Task<int> Query() => Task.FromResult(++runs);

        Assert.Equal(1, await cache.GetOrAddAsync("s1", "q.sql", new { year = 2019 }, Query, _ => 1));
        Assert.Equal(1, await cache.GetOrAddAsync("s1", "q.sql", new { year = 2019 }, Query, _ => 1));
        Assert.Equal(2, await cache.GetOrAddAsync("s1", "q.sql", new { year = 2020 }, Query, _ => 1));
        Assert.Equal(3, await cache.GetOrAddAsync("s2", "q.sql", new { year = 2019 }, Query, _ => 1));
        Assert.Equal(4, await cache.GetOrAddAsync("s1", "other.sql", new { year = 2019 }, Query, _ => 1));
        cache.Clear();
        Assert.Equal(5, await cache.GetOrAddAsync("s1", "q.sql", new { year = 2019 }, Query, _ => 1));
    }

    [Fact]
    public async Task The_cache_holds_no_more_rows_than_its_limit()
    {
        using var cache = new QueryResultCache(maxRows: 10);
        var runs = 0;
        Task<int[]> Rows(int n) { runs++; return Task.FromResult(new int[n]); }

        await cache.GetOrAddAsync("s", "big.sql", null, () => Rows(11), rows => rows.Length);
        await cache.GetOrAddAsync("s", "big.sql", null, () => Rows(11), rows => rows.Length);

        Assert.Equal(2, runs); // larger than the whole cache: answered, never kept
    }

    private void Publish(string fileName, int year) =>
        WarehousePublisher.Publish(temp.Path, db =>
        {
            CatalogueSync.Apply(db.Connection, TestCatalogue.Build());
            new FileLoader(db.Connection).Apply(Workbook(fileName, year));
            return (0, true);
        });

    private static FileReadResult Workbook(string fileName, int year) => new FileBuilder(fileName)
        .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).Indicator("PL3.1.1", year, 12)).Build();

    /// <summary>The files this process holds open, as Linux lists them.</summary>
    private static HashSet<string> OpenFiles() =>
        Directory.EnumerateFileSystemEntries("/proc/self/fd")
            .Select(fd => new FileInfo(fd).LinkTarget)
            .OfType<string>()
            .ToHashSet();
}
