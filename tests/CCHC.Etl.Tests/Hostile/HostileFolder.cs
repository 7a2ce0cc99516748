using System.Security.Cryptography;
using CCHC.Etl.Loading;
using CCHC.Etl.Tests.Builders;
using CCHC.Warehouse;
using Dapper;

namespace CCHC.Etl.Tests.Hostile;

/// <summary>A <see cref="LoadedFolder"/> that says what the views hold about one file, and how the warehouse changed.</summary>
public sealed class HostileFolder : LoadedFolder
{
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
}

public sealed record RejectRow(string? Sheet, string? Cell, string Reason);

public sealed record FactRow(string Indicator, int Year, double Value);
