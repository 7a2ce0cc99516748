using Dapper;
using CCHC.Warehouse.Publishing;
using DuckDB.NET.Data;

namespace CCHC.Warehouse.Queries;

/// <summary>
/// The warehouse as the dashboard reads it; register one per published path as a singleton. Every call resolves
/// the current snapshot (see <see cref="WarehouseSnapshots"/>) and opens its own read-only connection to it: a load
/// published meanwhile is seen by the next call, never halfway through one. DuckDB.NET shares one database instance
/// per file among the connections open at a time, and each snapshot is its own file, so an old instance never
/// hides a new snapshot.
/// </summary>
public sealed class WarehouseReader(string path)
{
    /// <summary>The full path of the warehouse file.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public bool Exists => WarehouseSnapshots.Current(Path) is not null;

    /// <summary>The snapshot published now (its file name says when it was made), or null when none is.</summary>
    public string? CurrentSnapshot => WarehouseSnapshots.Current(Path);

    /// <summary>Opens and closes the file once, throwing <see cref="WarehouseUnavailableException"/> when it cannot be read.</summary>
    public void EnsureReadable()
    {
        using var _ = Open();
    }

    internal async Task<IReadOnlyList<T>> QueryAsync<T>(string sqlResource, object? parameters, CancellationToken cancellationToken)
    {
        using var database = Open();
        var rows = await database.Connection.QueryAsync<T>(Command(sqlResource, parameters, cancellationToken));
        return rows.AsList();
    }

    internal async Task<T> QuerySingleAsync<T>(string sqlResource, object? parameters, CancellationToken cancellationToken)
    {
        using var database = Open();
        return await database.Connection.QuerySingleAsync<T>(Command(sqlResource, parameters, cancellationToken));
    }

    private static CommandDefinition Command(string sqlResource, object? parameters, CancellationToken cancellationToken) =>
        new(SqlResource.Read(sqlResource), parameters, cancellationToken: cancellationToken);

    private WarehouseDatabase Open()
    {
        for (var attempt = 1; ; attempt++)
        {
            var snapshot = WarehouseSnapshots.Current(Path) ?? throw new WarehouseUnavailableException(WarehouseProblem.Missing, Path);
            try
            {
                return WarehouseDatabase.OpenReadOnly(snapshot);
            }
            // A load pruned the snapshot between resolving and opening it: the newer one is there to read.
            catch (FileNotFoundException) when (attempt < 3) { }
            catch (Exception e) when (ProblemOf(e) is { } problem)
            {
                throw new WarehouseUnavailableException(problem, Path, e);
            }
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
}
