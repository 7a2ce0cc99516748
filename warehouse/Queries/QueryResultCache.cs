using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;

namespace CCHC.Warehouse.Queries;

/// <summary>
/// Answers the warehouse already gave, kept by snapshot, query and arguments. A published snapshot never changes, so
/// an answer read from it stays right for as long as it is the current one: the page rendered before the browser
/// connects and the same page once its circuit starts, or twenty people on the same view, ask the warehouse once.
/// Bounded by rows held, least recently used first out; emptied when a newer snapshot is published.
/// </summary>
public sealed class QueryResultCache(long maxRows = QueryResultCache.DefaultMaxRows) : IDisposable
{
    /// <summary>About 50–100 MB of result rows: every page of the province many times over, or a few views at
    /// national scale.</summary>
    public const long DefaultMaxRows = 250_000;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = maxRows });

    internal async Task<T> GetOrAddAsync<T>(string snapshot, string sqlResource, object? parameters, Func<Task<T>> query, Func<T, int> rowsOf)
    {
        var key = new Key(snapshot, sqlResource, parameters is null ? "" : JsonSerializer.Serialize(parameters), typeof(T));
        if (_entries.TryGetValue(key, out T? held)) return held!;
        var answer = await query();
        // Two callers asking at once may both run the query; the second answer replaces the first, equal to it.
        _entries.Set(key, answer, new MemoryCacheEntryOptions { Size = Math.Max(1, rowsOf(answer)) });
        return answer;
    }

    /// <summary>Forgets every answer; called when the reader moves to a newer snapshot.</summary>
    internal void Clear() => _entries.Clear();

    public void Dispose() => _entries.Dispose();

    private sealed record Key(string Snapshot, string SqlResource, string Arguments, Type Result);
}
