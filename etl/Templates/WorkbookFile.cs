using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace CCHC.Etl.Templates;

/// <summary>Saves a ClosedXML workbook so that the same content gives the same bytes: the loader keys files by their
/// SHA-256, so regenerated samples and templates must not look like new submissions.</summary>
public static partial class WorkbookFile
{
    /// <summary>The fixed date stamped in properties and zip entries (the report month, not the build time).</summary>
    public static readonly DateTime Stamp = new(2020, 4, 1, 0, 0, 0, DateTimeKind.Utc);

    public static void Save(XLWorkbook workbook, string path, string title, string subject, string comments)
    {
        workbook.Properties.Author = "CCHC Analytics";
        workbook.Properties.Title = title;
        workbook.Properties.Subject = subject;
        workbook.Properties.Comments = comments;
        workbook.Properties.Created = Stamp;
        workbook.Properties.Modified = Stamp;
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        File.WriteAllBytes(path, Stable(buffer.ToArray()));
    }

    // System.IO.Packaging names the core-properties part and the package relationships with random GUIDs and
    // stamps entries with the clock; rename and restamp them. Nothing else in the package varies between runs.
    static byte[] Stable(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = input.Entries.Select(e => (e.FullName, Bytes: ReadAll(e))).ToList();
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, _) in entries.Where(e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal)))
            renames[name] = "package/services/metadata/core-properties/core.psmdcp";
        foreach (var (name, bytes) in entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
            foreach (Match m in RandomId().Matches(Encoding.UTF8.GetString(bytes)))
                renames.TryAdd(m.Value, $"Id=\"R{renames.Count:D16}\"");

        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                var content = bytes;
                if (name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal))
                {
                    var text = Encoding.UTF8.GetString(bytes);
                    var replaced = renames.Aggregate(text, (t, r) => t.Replace(r.Key, r.Value, StringComparison.Ordinal));
                    if (!ReferenceEquals(text, replaced) && text != replaced) content = Encoding.UTF8.GetBytes(replaced);
                }
                var entry = zip.CreateEntry(renames.GetValueOrDefault(name, name), CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(Stamp);
                using var s = entry.Open();
                s.Write(content);
            }
        }
        return output.ToArray();
    }

    static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var s = entry.Open();
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomId();
}
