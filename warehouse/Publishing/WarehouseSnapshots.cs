namespace CCHC.Warehouse.Publishing;

/// <summary>
/// Where a published warehouse lives. The path the user names (data/warehouse.duckdb) is a symbolic link to the
/// current snapshot, a complete DuckDB file in <c>&lt;path&gt;.snapshots/</c>. A load writes a new snapshot beside
/// it and then swaps the link with one rename, so a reader sees the old warehouse or the new one, never half of a
/// load, and a reader that opened the old snapshot keeps reading it until it closes.
/// </summary>
public static class WarehouseSnapshots
{
    /// <summary>Snapshots kept besides the current one, for readers that resolved the link just before a swap.</summary>
    public const int Kept = 3;

    public static string FolderOf(string path) => System.IO.Path.GetFullPath(path) + ".snapshots";

    /// <summary>The file a reader should open now: the link's target, the file itself when the path is a plain file
    /// (a warehouse from before snapshots, or a system without symbolic links), null when nothing is published.</summary>
    public static string? Current(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (info.LinkTarget is null) return info.Exists ? full : null;
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target is { Exists: true } ? target.FullName : null;
    }

    /// <summary>A name that says when a snapshot was made and sorts in that order.</summary>
    internal static string NewName() =>
        $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}.duckdb";
}
