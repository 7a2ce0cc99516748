using CCHC.Etl.Loading;
using CCHC.Warehouse;
using Dapper;

namespace CCHC.Etl.Tests.Builders;

/// <summary>An input folder and a warehouse of its own: files are written into <see cref="Input"/>, loaded by the
/// real <see cref="FolderLoader"/>, and the warehouse's views queried. Both folders go when the test ends.</summary>
public class LoadedFolder : IDisposable
{
    readonly TempDirectory output = new();
    public TempDirectory Input { get; } = new();
    public string Warehouse => output.File("w.duckdb");

    public LoadRun Load() => new FolderLoader(Interpret.Catalogue).Load(Input.Path, Warehouse);

    /// <summary>Loads another folder into this warehouse.</summary>
    public LoadRun Load(string otherInput) => new FolderLoader(Interpret.Catalogue).Load(otherInput, Warehouse);

    public List<T> Query<T>(string sql, object? args = null)
    {
        using var db = WarehouseDatabase.OpenReadOnly(Warehouse);
        return db.Connection.Query<T>(sql, args).ToList();
    }

    public void Dispose()
    {
        Input.Dispose();
        output.Dispose();
        GC.SuppressFinalize(this);
    }
}
