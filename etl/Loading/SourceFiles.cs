using System.Security.Cryptography;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Loading;

/// <summary>The workbooks of an input folder, in a stable order, and their identity (name, content hash, time).</summary>
public static class SourceFiles
{
    static readonly string[] Extensions = [".xlsx", ".xlsm", ".xls"];

    public static IReadOnlyList<string> In(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(p => Extensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
            // "~$name.xlsx" is Excel's lock file beside an open workbook, not a submission.
            .Where(p => !Path.GetFileName(p).StartsWith("~$", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

    public static SourceFile Describe(string path)
    {
        var info = new FileInfo(path);
        using var stream = info.OpenRead();
        var hash = Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
        return new SourceFile(info.Name, hash, info.Length, info.LastWriteTimeUtc);
    }
}
