namespace CCHC.Warehouse.Publishing;

/// <summary>
/// Runs a load against a copy of the current warehouse and publishes the copy only when the load finished and
/// changed something. Killing the process at any moment leaves the last published warehouse in place (the copy is
/// a temporary file the next load removes); a load that changes nothing leaves the warehouse byte for byte as it was.
/// One load runs at a time, across processes: the dashboard's upload and the ETL's command line wait for each other.
/// </summary>
public static class WarehousePublisher
{
    const string TempSuffix = ".tmp";

    /// <param name="path">The published path (data/warehouse.duckdb).</param>
    /// <param name="load">Writes into the open copy; returns its result and whether anything changed.</param>
    /// <param name="lockTimeout">How long to wait for another load to finish.</param>
    public static T Publish<T>(string path, Func<WarehouseDatabase, (T Result, bool Changed)> load, TimeSpan? lockTimeout = null)
    {
        var full = Path.GetFullPath(path);
        var folder = WarehouseSnapshots.FolderOf(full);
        OwnerOnly.CreateDirectory(folder);
        using var writerLock = WriterLock.Acquire(full + ".lock", lockTimeout ?? TimeSpan.FromMinutes(2));
        RemoveLeftovers(folder);

        var snapshot = Path.Combine(folder, WarehouseSnapshots.NewName());
        var temp = snapshot + TempSuffix;
        if (WarehouseSnapshots.Current(full) is { } current)
            File.Copy(current, temp);
        try
        {
            T result;
            bool changed;
            using (var database = WarehouseDatabase.OpenForWrite(temp))
            {
                (result, changed) = load(database);
                if (changed) Checkpoint(database);
            }
            if (!changed && File.Exists(full))
            {
                Delete(temp);
                return result;
            }
            OwnerOnly.Restrict(temp);
            File.Move(temp, snapshot);
            Swap(full, snapshot);
            Prune(folder, snapshot);
            return result;
        }
        finally
        {
            Delete(temp);
        }
    }

    // The snapshot is complete on disk, with no write-ahead log beside it, before any reader can be pointed at it.
    static void Checkpoint(WarehouseDatabase database)
    {
        using var command = database.Connection.CreateCommand();
        command.CommandText = "CHECKPOINT";
        command.ExecuteNonQuery();
    }

    /// <summary>Points the published path at the snapshot with one rename of a new link over the old one.</summary>
    static void Swap(string published, string snapshot)
    {
        var link = published + ".link" + TempSuffix;
        Delete(link);
        try
        {
            // Relative, so the data folder can be moved or mounted elsewhere as a whole.
            File.CreateSymbolicLink(link, Path.GetRelativePath(Path.GetDirectoryName(published)!, snapshot));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // No symbolic links here (Windows without the privilege): replace the file itself, still with one rename.
            File.Copy(snapshot, link, overwrite: true);
        }
        File.Move(link, published, overwrite: true);
    }

    /// <summary>What a killed load left: temporary copies and links. Only called under the writer lock.</summary>
    static void RemoveLeftovers(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*" + TempSuffix + "*"))
            Delete(file);
    }

    static void Prune(string folder, string current)
    {
        var old = Directory.EnumerateFiles(folder, "*.duckdb")
            .Where(f => f != current)
            .OrderByDescending(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Skip(WarehouseSnapshots.Kept);
        foreach (var file in old)
        {
            Delete(file);
            Delete(file + ".wal");
        }
    }

    static void Delete(string file)
    {
        try
        {
            File.Delete(file);
            File.Delete(file + ".wal");
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
