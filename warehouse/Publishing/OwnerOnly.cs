namespace CCHC.Warehouse.Publishing;

/// <summary>Folders and files only the service's own user may open (0700 / 0600 on Unix): warehouse snapshots and
/// uploaded workbooks hold figures before anyone has checked them, and the machine may have other users. On
/// Windows the folder's inherited ACL decides, as for every other file there.</summary>
public static class OwnerOnly
{
    const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder, or narrows an existing one made before this rule.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        Directory.CreateDirectory(path, Folder);
        System.IO.File.SetUnixFileMode(path, Folder);
    }

    public static void Restrict(string file)
    {
        if (!OperatingSystem.IsWindows()) System.IO.File.SetUnixFileMode(file, File);
    }

    /// <summary>A new file for writing, private from its first byte (no moment in which others could open it).</summary>
    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = File;
        return new FileStream(path, options);
    }
}
