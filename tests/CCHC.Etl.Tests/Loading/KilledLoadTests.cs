using System.Diagnostics;
using System.Security.Cryptography;
using CCHC.Etl.Loading;
using CCHC.Etl.Reference;
using CCHC.Etl.Tests.Builders;
using CCHC.Warehouse;
using CCHC.Warehouse.Publishing;
using Dapper;

namespace CCHC.Etl.Tests.Loading;

/// <summary>The ETL's own command, killed with SIGKILL in the middle of a load: the last published warehouse stays
/// as it was, byte for byte, and the next load completes.</summary>
public sealed class KilledLoadTests
{
    const string RealAppendixIX = "PhuLucIX_BaoCao2025_UBND_tinh_BinhDinh.xlsx";

    [Theory]
    [InlineData(3)]
    [InlineData(20)]
    public async Task Killing_the_load_after_some_files_leaves_the_last_warehouse_and_the_next_load_completes(int filesBeforeKill)
    {
        using var temp = new TempDirectory();
        var warehouse = Path.Combine(temp.Path, "data", "warehouse.duckdb");
        var first = Directory.CreateDirectory(Path.Combine(temp.Path, "first")).FullName;
        File.Copy(Path.Combine(Repo.Workbooks, RealAppendixIX), Path.Combine(first, RealAppendixIX));
        new FolderLoader(CatalogueLoader.Load()).Load(first, warehouse);
        var before = Hash(warehouse);

        using (var load = StartLoad(Repo.Workbooks, warehouse))
        {
            // The command prints "[n/46] …" after each file: kill it once it is well into the run.
            while (await load.StandardOutput.ReadLineAsync() is { } line)
                if (line.Contains($"[{filesBeforeKill}/", StringComparison.Ordinal)) break;
            Assert.False(load.HasExited, "the load finished before it could be killed");
            load.Kill(); // SIGKILL: no finally blocks, no disposal
            await load.WaitForExitAsync();
        }

        Assert.Equal(before, Hash(warehouse));
        Assert.Equal((0L, 22L), Counts(warehouse));

        var run = new FolderLoader(CatalogueLoader.Load()).Load(Repo.Workbooks, warehouse);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal((4277L, 214L), Counts(warehouse));
        Assert.Empty(Directory.GetFiles(WarehouseSnapshots.FolderOf(warehouse), "*.tmp*"));
    }

    static Process StartLoad(string input, string warehouse)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "CCHC.Etl.dll"), "load", "--input", input, "--warehouse", warehouse })
            start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    static string Hash(string warehouse) =>
        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(WarehouseSnapshots.Current(warehouse)!)));

    static (long Facts, long Targets) Counts(string warehouse)
    {
        using var database = WarehouseDatabase.OpenReadOnly(warehouse);
        return (database.Connection.ExecuteScalar<long>("select count(*) from v_indicator_value"),
                database.Connection.ExecuteScalar<long>("select count(*) from v_target_evaluation"));
    }
}
