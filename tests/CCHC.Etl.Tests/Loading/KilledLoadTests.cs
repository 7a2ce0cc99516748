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

        using (var load = StartLoad(Blocked(Repo.Workbooks, Path.Combine(temp.Path, "input")), warehouse))
        {
            try
            {
                // The command prints "[n/47] …" as files are written: kill it once it is well into the run.
                using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
                while (await load.StandardOutput.ReadLineAsync(patience.Token) is { } line)
                    if (line.Contains($"[{filesBeforeKill}/", StringComparison.Ordinal)) break;
                Assert.False(load.HasExited, "the load finished before it could be killed");
            }
            finally
            {
                load.Kill(); // SIGKILL: no finally blocks, no disposal (and no load left waiting on the pipe)
                await load.WaitForExitAsync();
            }
        }

        Assert.Equal(before, Hash(warehouse));
        Assert.Equal((0L, 22L), Counts(warehouse));

        var run = new FolderLoader(CatalogueLoader.Load()).Load(Repo.Workbooks, warehouse);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal((4277L, 214L), Counts(warehouse));
        Assert.Empty(Directory.GetFiles(WarehouseSnapshots.FolderOf(warehouse), "*.tmp*"));
    }

    /// <summary>
    /// The workbooks, then a named pipe nobody writes to, last in the folder's order: reading it waits for ever, so the
    /// run is still going when it is killed however fast the files before it load (they load in a fraction of a second).
    /// </summary>
    static string Blocked(string workbooks, string input)
    {
        Directory.CreateDirectory(input);
        foreach (var file in Directory.GetFiles(workbooks))
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        using var mkfifo = Process.Start("mkfifo", [Path.Combine(input, "zz_never_written.xlsx")]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return input;
    }

    static Process StartLoad(string input, string warehouse)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "CCHC.Etl.Cli.dll"), "load", "--input", input, "--warehouse", warehouse })
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
