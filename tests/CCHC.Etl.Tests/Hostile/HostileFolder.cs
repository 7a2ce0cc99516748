using System.Security.Cryptography;
using CCHC.Etl.Loading;
using CCHC.Etl.Tests.Builders;
using CCHC.Warehouse;
using Dapper;

namespace CCHC.Etl.Tests.Hostile;

/// <summary>An input folder and a warehouse of their own, loaded with the real <see cref="FolderLoader"/>; what the
/// views then say about one file. Both folders go when the test ends.</summary>
public sealed class HostileFolder : IDisposable
{
    readonly TempDirectory output = new();
    public TempDirectory Input { get; } = new();
    public string Warehouse => output.File("w.duckdb");

    public LoadRun Load() => new FolderLoader(Interpret.Catalogue).Load(Input.Path, Warehouse);

    /// <summary>Loads another folder into this warehouse (only the hostile file, into a warehouse already holding the good one).</summary>
    public LoadRun Load(string otherInput) => new FolderLoader(Interpret.Catalogue).Load(otherInput, Warehouse);

    public List<T> Query<T>(string sql, object? args = null)
    {
        using var db = WarehouseDatabase.OpenReadOnly(Warehouse);
        return db.Connection.Query<T>(sql, args).ToList();
    }

    public List<RejectRow> Rejects(string file) =>
        Query<RejectRow>("select source_sheet as Sheet, source_cell as Cell, reason as Reason from v_load_reject where source_file = $file", new { file });

    public List<FactRow> Facts(string file) =>
        Query<FactRow>("select indicator_code as Indicator, year as Year, value as Value from v_indicator_value where source_file = $file", new { file });

    public long Submissions(string file) =>
        Query<long>("select count(*) from v_submission where source_file = $file", new { file }).Single();

    /// <summary>SHA-256 of the warehouse's bytes (through the published link, when there is one).</summary>
    public string Hash() => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Warehouse)));

    /// <summary>Every table, every row, as text: what changed when the bytes did.</summary>
    public Dictionary<string, List<string>> Tables()
    {
        using var db = WarehouseDatabase.OpenReadOnly(Warehouse);
        var names = db.Connection.Query<string>("select table_name from duckdb_tables() order by table_name").ToList();
        return names.ToDictionary(t => t, t => db.Connection.Query($"select * from \"{t}\" order by all")
            .Select(r => string.Join("|", ((IDictionary<string, object>)r).Values)).ToList());
    }

    public void Dispose()
    {
        Input.Dispose();
        output.Dispose();
    }
}

public sealed record RejectRow(string? Sheet, string? Cell, string Reason);

public sealed record FactRow(string Indicator, int Year, double Value);
