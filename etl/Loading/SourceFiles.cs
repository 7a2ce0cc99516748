using System.IO.Enumeration;
using System.Security.Cryptography;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Loading;

/// <summary>The workbooks, Word reports and CSV exports of an input folder, in a stable order, and their identity (name, content hash, time).</summary>
public static class SourceFiles
{
    // What is read, and what an office might send as a report that is not read (Excel Binary, OpenDocument, Word 97,
    // WPS, PDF): those are listed too, so that each is answered with what it is and how to resave it.
    static readonly string[] Extensions =
        [".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlt", ".docx", ".csv", ".xlsb", ".ods", ".odt", ".doc", ".et", ".pdf"];

    public static IReadOnlyList<string> In(string directory) =>
        Candidates(directory).Where(IsSubmission).ToList();

    /// <summary>The files of the folder that are not read at all (a README, a picture): a folder load names them
    /// rather than pass over them in silence.</summary>
    public static IReadOnlyList<string> Skipped(string directory) =>
        // ".name" is a file the system or a tool keeps there (.DS_Store, .gitkeep), no one's report.
        Candidates(directory).Where(p => !IsSubmission(p) && !Path.GetFileName(p).StartsWith('.')).ToList();

    static bool IsSubmission(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    static IEnumerable<string> Candidates(string directory) =>
        FilesInside(directory)
            // "~$name.xlsx" / "~$name.docx" is Excel's or Word's lock file beside an open file, not a submission.
            .Where(p => !Path.GetFileName(p).StartsWith("~$", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal);

    // A link is followed only while it stays in the folder: one planted in an upload, or unpacked from an archive,
    // must not make the loader read (and store the figures of) a file from elsewhere on the server.
    static IEnumerable<string> FilesInside(string directory)
    {
        var roots = new[] { Path.GetFullPath(directory), Directory.ResolveLinkTarget(directory, returnFinalTarget: true)?.FullName }
            .OfType<string>().Select(root => Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar).ToList();
        bool StaysInside(string path, bool isDirectory) =>
            (isDirectory ? Directory.ResolveLinkTarget(path, returnFinalTarget: true) : File.ResolveLinkTarget(path, returnFinalTarget: true))
                is { Exists: true } target && roots.Any(root => target.FullName.StartsWith(root, StringComparison.Ordinal));
        static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

        return new FileSystemEnumerable<string>(directory, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && (!IsLink(ref entry) || StaysInside(entry.ToFullPath(), false)),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(ref entry) || StaysInside(entry.ToFullPath(), true),
        };
    }

    public static SourceFile Describe(string path)
    {
        var info = new FileInfo(path);
        using var stream = info.OpenRead();
        var hash = Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
        return new SourceFile(info.Name, hash, info.Length, info.LastWriteTimeUtc);
    }
}
