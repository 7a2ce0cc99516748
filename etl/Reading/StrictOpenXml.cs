using System.IO.Compression;
using System.Text;

namespace CCHC.Etl.Reading;

/// <summary>An .xlsx saved by Excel as "Strict Open XML Spreadsheet" (ISO/IEC 29500 Strict) holds the parts of an
/// ordinary one under other namespace names; ExcelDataReader knows only the Transitional names and finds no sheet. The
/// package is copied with the Strict names put back to the Transitional ones they stand for (ISO/IEC 29500-4 maps them
/// one to one), and read as usual.</summary>
internal static class StrictOpenXml
{
    static readonly (string Strict, string Transitional)[] Namespaces =
    [
        ("http://purl.oclc.org/ooxml/spreadsheetml/main", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
        ("http://purl.oclc.org/ooxml/officeDocument/relationships", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ("http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("http://purl.oclc.org/ooxml/officeDocument/sharedTypes", "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes"),
    ];

    /// <summary>The package with Transitional names. It has passed <see cref="PackageGuard"/>, so what it inflates to is
    /// bounded by the package limits.</summary>
    public static MemoryStream ToTransitional(Stream strict)
    {
        var copy = new MemoryStream();
        using (var source = new ZipArchive(strict, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(copy, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var into = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                using var input = entry.Open();
                using var output = into.Open();
                if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    using var reader = new StreamReader(input, Encoding.UTF8);
                    var text = new StringBuilder(reader.ReadToEnd());
                    foreach (var (from, to) in Namespaces) text.Replace(from, to);
                    var bytes = new UTF8Encoding(false).GetBytes(text.ToString());
                    output.Write(bytes);
                }
                else input.CopyTo(output);
            }
        }
        strict.Seek(0, SeekOrigin.Begin);
        copy.Position = 0;
        return copy;
    }
}
