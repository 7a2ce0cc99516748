using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse.Queries;

/// <summary>
/// The warehouse file as the dashboard reads it; register one per file as a singleton. Every call opens its own
/// read-only connection and closes it: DuckDB.NET shares one database instance per file among the connections open
/// at a time, so concurrent calls are cheap, and once none is open the file is released, letting the ETL (another
/// process) rewrite it between calls. The file's lock would keep the ETL out for as long as a connection stays open.
/// </summary>
public sealed class WarehouseReader(string path)
{
    /// <summary>The full path of the warehouse file.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public bool Exists => File.Exists(Path);

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
        if (!Exists) throw new WarehouseUnavailableException(WarehouseProblem.Missing, Path);
        try
        {
            return WarehouseDatabase.OpenReadOnly(Path);
        }
        catch (Exception e) when (ProblemOf(e) is { } problem)
        {
            throw new WarehouseUnavailableException(problem, Path, e);
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
