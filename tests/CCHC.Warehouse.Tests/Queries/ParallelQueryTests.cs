using CCHC.Warehouse.Queries;

namespace CCHC.Warehouse.Tests;

/// <summary>Blazor Server runs many circuits at once; each call opens its own read-only connection to the one file.</summary>
public sealed class ParallelQueryTests(QueryWarehouse warehouse) : IClassFixture<QueryWarehouse>
{
    [Fact]
    public async Task Eight_queries_at_once_on_separate_threads_all_answer()
    {
        var expected = await warehouse.Queries.ValuesAsync(null, null, 2015, 2020, includePartial: true);
        using var start = new Barrier(8);

        var runs = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait(); // DuckDB.NET completes synchronously: make the eight really overlap
            return warehouse.Queries.ValuesAsync(null, null, 2015, 2020, includePartial: true);
        }));
        var answers = await Task.WhenAll(runs);

        Assert.All(answers, answer => Assert.Equal(expected, answer));
        Assert.Equal(15, expected.Count);
    }

    [Fact]
    public async Task Different_queries_at_once_all_answer()
    {
        var runs = new Func<Task<int>>[]
        {
            async () => (await warehouse.Queries.UnitsAsync()).Count,
            async () => (await warehouse.Queries.IndicatorsAsync()).Count,
            async () => (await warehouse.Queries.TargetTalliesAsync()).Count,
            async () => (await warehouse.Queries.ReportingAsync()).Count,
            async () => (await warehouse.Queries.CompletenessAsync(2015, 2020)).Count,
            async () => (await warehouse.Queries.LoadsAsync()).Count,
            async () => (await warehouse.Queries.GapsAsync(TestCatalogue.HoaiNhon, 2018, 2020)).Count,
            async () => (int)(await warehouse.Queries.StatusAsync()).Files,
        };

        var counts = await Task.WhenAll(runs.Select(run => Task.Run(run)));

        Assert.Equal([4, 5, 3, 17, 48, 7, 7, 6], counts);
    }
}
