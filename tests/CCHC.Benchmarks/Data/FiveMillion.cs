using System.Diagnostics;
using CCHC.Benchmarks.Harness;
using CCHC.Warehouse.Publishing;
using DuckDB.NET.Data;

namespace CCHC.Benchmarks.Data;

/// <summary>A warehouse of over five million indicator values: a copy of the national warehouse grown by
/// scale_to_five_million.sql (history back to 1995, each district-level unit four times more).</summary>
static class FiveMillion
{
    public const long AtLeast = 5_000_000;

    public static (string Path, long Facts, TimeSpan Took) Build(string nationalWarehouse, string path)
    {
        var clock = Stopwatch.StartNew();
        var snapshot = WarehouseSnapshots.Current(nationalWarehouse)
            ?? throw new InvalidOperationException($"No national warehouse at {nationalWarehouse}.");
        // Laid out as the ETL publishes a warehouse (the path a link to a snapshot file), since the dashboard's
        // reader keeps a published snapshot open between queries and opens a plain file afresh for each.
        var folder = WarehouseSnapshots.FolderOf(path);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "five-million.duckdb");
        File.Copy(snapshot, file, overwrite: true);
        File.Delete(path);
        File.CreateSymbolicLink(path, file);
        long facts;
        using (var connection = new DuckDBConnection($"Data Source={file}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Resources.Text("scale_to_five_million.sql");
            command.ExecuteNonQuery();
            command.CommandText = "SELECT count(*) FROM fact_indicator_value";
            facts = Convert.ToInt64(command.ExecuteScalar());
            command.CommandText = "CHECKPOINT";
            command.ExecuteNonQuery();
        }
        if (facts < AtLeast) throw new InvalidOperationException($"The grown warehouse holds {facts} indicator values, fewer than {AtLeast}.");
        return (path, facts, clock.Elapsed);
    }
}
