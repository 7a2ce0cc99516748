using System.Security.Cryptography;
using CCHC.Warehouse.Publishing;
using CCHC.Warehouse.Queries;
using Dapper;

namespace CCHC.Warehouse.Tests.Publishing;

public sealed class WarehousePublisherTests : IDisposable
{
    readonly TempWarehouse temp = new();

    static (int, bool) Write(WarehouseDatabase database, string value)
    {
        database.Connection.Execute("create table if not exists probe(v varchar)");
        database.Connection.Execute("insert into probe values ($v)", new { v = value });
        return (1, true);
    }

    static string[] Probe(string path)
    {
        using var database = WarehouseDatabase.OpenReadOnly(WarehouseSnapshots.Current(path)!);
        return database.Connection.Query<string>("select v from probe order by v").ToArray();
    }

    static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(WarehouseSnapshots.Current(path)!)));

    [Fact]
    public void A_published_load_is_what_the_path_now_points_at()
    {
        WarehousePublisher.Publish(temp.Path, db => Write(db, "a"));
        WarehousePublisher.Publish(temp.Path, db => Write(db, "b"));

        Assert.Equal(["a", "b"], Probe(temp.Path));
        var current = WarehouseSnapshots.Current(temp.Path)!;
        Assert.StartsWith(WarehouseSnapshots.FolderOf(temp.Path), current);
        Assert.NotEqual(Path.GetFullPath(temp.Path), current);
    }

    [Fact]
    public void A_load_that_fails_midway_leaves_the_published_warehouse_byte_for_byte_as_it_was()
    {
        WarehousePublisher.Publish(temp.Path, db => Write(db, "a"));
        var before = Hash(temp.Path);

        Assert.Throws<InvalidOperationException>(() => WarehousePublisher.Publish<int>(temp.Path, db =>
        {
            Write(db, "half");
            throw new InvalidOperationException("the load died here");
        }));

        Assert.Equal(before, Hash(temp.Path));
        Assert.Equal(["a"], Probe(temp.Path));
        Assert.Empty(Directory.GetFiles(WarehouseSnapshots.FolderOf(temp.Path), "*.tmp*"));
    }

    [Fact]
    public void A_load_that_changes_nothing_publishes_nothing()
    {
        WarehousePublisher.Publish(temp.Path, db => Write(db, "a"));
        var before = WarehouseSnapshots.Current(temp.Path);
        var hash = Hash(temp.Path);

        WarehousePublisher.Publish(temp.Path, _ => (0, false));

        Assert.Equal(before, WarehouseSnapshots.Current(temp.Path));
        Assert.Equal(hash, Hash(temp.Path));
    }

    [Fact]
    public void A_reader_that_opened_the_old_snapshot_keeps_it_and_the_next_read_sees_the_new_one()
    {
        WarehousePublisher.Publish(temp.Path, db => Write(db, "a"));
        var reader = new WarehouseReader(temp.Path);
        using (var open = WarehouseDatabase.OpenReadOnly(reader.CurrentSnapshot!))
        {
            WarehousePublisher.Publish(temp.Path, db => Write(db, "b"));

            Assert.Equal(["a"], open.Connection.Query<string>("select v from probe order by v"));
        }
        Assert.Equal(["a", "b"], Probe(temp.Path));
    }

    [Fact]
    public void What_a_killed_load_left_behind_is_cleared_by_the_next_load()
    {
        WarehousePublisher.Publish(temp.Path, db => Write(db, "a"));
        var folder = WarehouseSnapshots.FolderOf(temp.Path);
        File.WriteAllText(Path.Combine(folder, "20260101-000000-000-1-abcdef.duckdb.tmp"), "half a copy");

        WarehousePublisher.Publish(temp.Path, db => Write(db, "b"));

        Assert.Empty(Directory.GetFiles(folder, "*.tmp*"));
        Assert.Equal(["a", "b"], Probe(temp.Path));
    }

    [Fact]
    public void Old_snapshots_are_pruned_to_a_few()
    {
        for (var i = 0; i < 7; i++)
            WarehousePublisher.Publish(temp.Path, db => Write(db, i.ToString()));

        var kept = Directory.GetFiles(WarehouseSnapshots.FolderOf(temp.Path), "*.duckdb");
        Assert.Equal(WarehouseSnapshots.Kept + 1, kept.Length);
        Assert.Equal(7, Probe(temp.Path).Length);
    }

    [Fact]
    public async Task Two_loads_at_once_run_one_after_the_other_and_both_land()
    {
        WarehousePublisher.Publish(temp.Path, db => Write(db, "0"));
        var loads = Enumerable.Range(1, 4).Select(i => Task.Run(() => WarehousePublisher.Publish(temp.Path, db =>
        {
            Thread.Sleep(50);
            return Write(db, i.ToString());
        }))).ToArray();
        await Task.WhenAll(loads);

        Assert.Equal(["0", "1", "2", "3", "4"], Probe(temp.Path));
    }

    [Fact]
    public void Snapshots_are_readable_only_by_the_user_that_wrote_them()
    {
        if (OperatingSystem.IsWindows()) return; // ACLs there, not modes
        WarehousePublisher.Publish(temp.Path, db => Write(db, "a"));
        WarehousePublisher.Publish(temp.Path, db => Write(db, "b"));

        var folder = WarehouseSnapshots.FolderOf(temp.Path);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        var snapshots = Directory.GetFiles(folder, "*.duckdb");
        Assert.NotEmpty(snapshots);
        foreach (var snapshot in snapshots)
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(snapshot));
    }

    public void Dispose() => temp.Dispose();
}
