using CCHC.Dashboard.Hosting;
using CCHC.Warehouse.Publishing;

namespace CCHC.Dashboard.Uploads;

/// <summary>
/// Where an upload's file is at each step. It is written to uploads/incoming and stays there while it is checked and
/// loaded; only once the warehouse is published does it move on: loaded ones to the workbooks folder (tai-len/, so
/// a rebuild of the warehouse keeps them), rejected ones to uploads/rejected, earlier versions the steward may
/// make current again to uploads/earlier; bytes that were loaded before are not kept twice. A process killed
/// midway leaves its files in incoming/, which <see cref="UploadService.Recover"/> sorts out on the next start.
/// Every folder is private to the service's user.
/// </summary>
public sealed class UploadFolders(DataPaths paths)
{
    /// <summary>Files kept in uploads/rejected (the newest): enough to look at what went wrong lately, not a dump.</summary>
    public const int RejectedKept = 200;

    public string Accepted => Path.Combine(paths.Workbooks, "tai-len");
    public string Incoming => Path.Combine(paths.Uploads, "incoming");
    public string Rejected => Path.Combine(paths.Uploads, "rejected");
    public string Earlier => Path.Combine(paths.Uploads, "earlier");

    public void Create()
    {
        OwnerOnly.CreateDirectory(paths.Uploads);
        foreach (var folder in new[] { Incoming, Rejected, Earlier, Accepted }) OwnerOnly.CreateDirectory(folder);
    }

    /// <summary>A stored name not taken in any folder an upload passes through.</summary>
    public string Unique(string name)
    {
        var candidate = name;
        for (var i = 2; new[] { Accepted, Incoming, Rejected, Earlier }.Any(f => File.Exists(Path.Combine(f, candidate))); i++)
            candidate = $"{Path.GetFileNameWithoutExtension(name)}-{i}{Path.GetExtension(name)}";
        return candidate;
    }

    public void MoveTo(string folder, string path) => File.Move(path, Path.Combine(folder, Path.GetFileName(path)), overwrite: true);

    /// <summary>The file of this stored name in uploads/earlier, or null: the name comes from the page, so only a
    /// plain name of a file that is there counts.</summary>
    public string? EarlierFile(string storedName) =>
        storedName.Length > 0 && Path.GetFileName(storedName) == storedName && File.Exists(Path.Combine(Earlier, storedName))
            ? Path.Combine(Earlier, storedName)
            : null;

    /// <summary>Keeps the newest <see cref="RejectedKept"/> files of uploads/rejected and of uploads/earlier.</summary>
    public void Prune()
    {
        foreach (var folder in new[] { Rejected, Earlier })
            foreach (var old in new DirectoryInfo(folder).EnumerateFiles().OrderByDescending(f => f.LastWriteTimeUtc).ThenByDescending(f => f.Name, StringComparer.Ordinal).Skip(RejectedKept))
                old.Delete();
    }
}
