using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>
/// An open warehouse file. Query it with Dapper through <see cref="Connection"/>; dispose to close it.
/// DuckDB lets one process write a file, and a read-only open fails while another process writes it.
/// </summary>
public sealed class WarehouseDatabase : IDisposable
{
    private WarehouseDatabase(DuckDBConnection connection, string path, bool isReadOnly)
    {
        Connection = connection;
        Path = path;
        IsReadOnly = isReadOnly;
    }

    public DuckDBConnection Connection { get; }

    /// <summary>The full path of the warehouse file.</summary>
    public string Path { get; }

    public bool IsReadOnly { get; }

    /// <summary>Opens the file for loading, creating its folder, the file, the tables and the views as needed.</summary>
    public static WarehouseDatabase OpenForWrite(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        var connection = Open(new DuckDBConnectionStringBuilder { DataSource = fullPath });
        try
        {
            Schema.Apply(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new WarehouseDatabase(connection, fullPath, isReadOnly: false);
    }

    /// <summary>Opens an existing file for queries only; any write through it fails.</summary>
    public static WarehouseDatabase OpenReadOnly(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        var connection = OpenReadOnlyUnchecked(fullPath);
        try
        {
            Schema.EnsureCurrent(Meta.Read(connection, Meta.SchemaVersionKey));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new WarehouseDatabase(connection, fullPath, isReadOnly: true);
    }

    /// <summary>
    /// A read-only connection without the schema version check, for a file that a connection still open to it has
    /// already passed (see <see cref="Queries.WarehouseReader"/>): the check is a query of its own.
    /// </summary>
    internal static DuckDBConnection OpenReadOnlyUnchecked(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
            throw new FileNotFoundException("No warehouse at this path; run the ETL first.", fullPath);
        var builder = new DuckDBConnectionStringBuilder { DataSource = fullPath };
        builder["ACCESS_MODE"] = "READ_ONLY";
        return Open(builder);
    }

    public void Dispose() => Connection.Dispose();

    private static DuckDBConnection Open(DuckDBConnectionStringBuilder builder)
    {
        var connection = new DuckDBConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }
}
