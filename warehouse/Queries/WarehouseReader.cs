using Dapper;
using CCHC.Warehouse.Publishing;
using DuckDB.NET.Data;

namespace CCHC.Warehouse.Queries;

/// <summary>
/// The warehouse as the dashboard reads it; register one per published path as a singleton. Every call resolves
/// the current snapshot (see <see cref="WarehouseSnapshots"/>) and runs on its own read-only connection to it: a
/// load published meanwhile is seen by the next call, never halfway through one.
/// </summary>
/// <remarks>
/// Opening a DuckDB file costs 15–25 ms (its catalogue is read and the schema version checked), more than most of the
/// dashboard's queries. A published snapshot never changes once its link points at it, so the reader keeps one
/// connection to the current snapshot open: DuckDB.NET shares one database instance per file among the connections
/// open at a time, and each call's own connection then attaches to that instance in well under a millisecond, with
/// its data pages already cached. When the link moves on, the held connection moves with it; calls still running on
/// the old snapshot keep its instance alive until they finish. A plain file at the path (a warehouse from before
/// snapshots) can change under the reader, so it is opened per call as it always was, and never cached.
/// With a <see cref="QueryResultCache"/>, an answer already read from the current snapshot is given again unread.
/// </remarks>
public sealed class WarehouseReader(string path, QueryResultCache? cache = null) : IDisposable
{
    private readonly Lock _gate = new();
    private HeldSnapshot? _held;
    private bool _disposed;

    /// <summary>The full path of the warehouse file.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public bool Exists => WarehouseSnapshots.Current(Path) is not null;

    /// <summary>The snapshot published now (its file name says when it was made), or null when none is.</summary>
    public string? CurrentSnapshot => WarehouseSnapshots.Current(Path);

    /// <summary>Opens and closes the file once, throwing <see cref="WarehouseUnavailableException"/> when it cannot be read.</summary>
    public void EnsureReadable()
    {
        using var _ = Open().Connection;
    }

    internal Task<IReadOnlyList<T>> QueryAsync<T>(string sqlResource, object? parameters, CancellationToken cancellationToken) =>
        Answer(sqlResource, parameters, async connection =>
            (IReadOnlyList<T>)(await connection.QueryAsync<T>(Command(sqlResource, parameters, cancellationToken))).AsList(),
            rows => rows.Count);

    internal Task<T> QuerySingleAsync<T>(string sqlResource, object? parameters, CancellationToken cancellationToken) =>
        Answer(sqlResource, parameters,
            connection => connection.QuerySingleAsync<T>(Command(sqlResource, parameters, cancellationToken)),
            _ => 1);

    private async Task<T> Answer<T>(string sqlResource, object? parameters, Func<DuckDBConnection, Task<T>> query, Func<T, int> rowsOf)
    {
        var (connection, snapshot, immutable) = Open();
        using (connection)
        {
            if (cache is null || !immutable) return await query(connection);
            return await cache.GetOrAddAsync(snapshot, sqlResource, parameters, () => query(connection), rowsOf);
        }
    }

    /// <summary>Lets go of the snapshot held open; the next call opens the current one again.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _held?.Connection.Dispose();
            _held = null;
        }
    }

    private static CommandDefinition Command(string sqlResource, object? parameters, CancellationToken cancellationToken) =>
        new(SqlResource.Read(sqlResource), parameters, cancellationToken: cancellationToken);

    /// <summary>A connection of its own to the current snapshot, that snapshot, and whether it is a published
    /// snapshot (which never changes) rather than a plain file.</summary>
    private (DuckDBConnection Connection, string Snapshot, bool Immutable) Open()
    {
        for (var attempt = 1; ; attempt++)
        {
            var snapshot = WarehouseSnapshots.Current(Path) ?? throw new WarehouseUnavailableException(WarehouseProblem.Missing, Path);
            try
            {
                if (snapshot == Path) return (WarehouseDatabase.OpenReadOnly(snapshot).Connection, snapshot, false);
                Hold(snapshot);
                return (WarehouseDatabase.OpenReadOnlyUnchecked(snapshot), snapshot, true);
            }
            // A load pruned the snapshot between resolving and opening it: the newer one is there to read.
            catch (FileNotFoundException) when (attempt < 3) { }
            catch (Exception e) when (ProblemOf(e) is { } problem)
            {
                throw new WarehouseUnavailableException(problem, Path, e);
            }
        }
    }

    /// <summary>Keeps a checked connection open to <paramref name="snapshot"/>, closing the one held before it.</summary>
    private void Hold(string snapshot)
    {
        lock (_gate)
        {
            if (_held?.Snapshot == snapshot) return;
            var opened = WarehouseDatabase.OpenReadOnly(snapshot).Connection;
            if (_disposed)
            {
                // Disposed meanwhile: this call still gets its answer, but nothing stays open behind it.
                opened.Dispose();
                return;
            }
            _held?.Connection.Dispose();
            _held = new HeldSnapshot(snapshot, opened);
            cache?.Clear();
        }
    }

    /// <summary>What a failed open means; null for anything else, which is a bug and should surface as it is.</summary>
    internal static WarehouseProblem? ProblemOf(Exception e) => e switch
    {
        FileNotFoundException => WarehouseProblem.Missing, // deleted between the check and the open
        // DuckDB's words for a file another process holds open for writing.
        DuckDBException when e.Message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase) => WarehouseProblem.Busy,
        // Not a DuckDB file, a damaged one, or one without our meta table.
        DuckDBException or IOException or UnauthorizedAccessException => WarehouseProblem.Unreadable,
        // WarehouseDatabase.OpenReadOnly refuses a file of another schema version with this type.
        InvalidOperationException => WarehouseProblem.WrongVersion,
        _ => null,
    };

    private sealed record HeldSnapshot(string Snapshot, DuckDBConnection Connection);
}
