using System.IO.Compression;

namespace CCHC.Etl.Reading;

/// <summary>What a submitted file holds, told from its bytes wherever the bytes can tell.</summary>
internal enum SourceFormat
{
    Workbook,
    /// <summary>An .xlsx saved as "Strict Open XML Spreadsheet": the same parts under the ISO namespaces.</summary>
    StrictWorkbook,
    WordDocument,
    Csv,
    /// <summary>Excel Binary Workbook (.xlsb): ExcelDataReader 3.6, the version served here, cannot read it.</summary>
    BinaryWorkbook,
    /// <summary>LibreOffice's own .ods / .odt.</summary>
    OpenDocument,
    /// <summary>Excel 2.x–4.0 (BIFF2–4, before 1995): a bare BIFF stream, not an OLE compound file.</summary>
    OldExcel,
    Pdf,
}

internal static class SourceFormats
{
    /// <summary>A ZIP package is told by its content types and first relationship (clerks rename .docx to .xlsx and
    /// back, and .xlsb to .xlsx). Text has no signature, so a file is CSV only when it is named .csv; any other
    /// non-workbook bytes are left to the workbook path, which refuses them as before.</summary>
    public static SourceFormat Of(Stream stream, ReadOnlySpan<byte> head, bool isZip, bool isOle, string fileName)
    {
        if (isZip)
            return Package(stream) ?? (HasExtension(fileName, ".docx", ".docm") ? SourceFormat.WordDocument : SourceFormat.Workbook);
        if (isOle) return SourceFormat.Workbook;
        if (IsBareBiff(head)) return SourceFormat.OldExcel;
        if (head.StartsWith("%PDF"u8)) return SourceFormat.Pdf;
        if (HasExtension(fileName, ".csv")) return SourceFormat.Csv;
        return SourceFormat.Workbook;
    }

    // BOF records: 0x0009 (BIFF2), 0x0209 (BIFF3), 0x0409 (BIFF4), 0x0809 (BIFF5/8 worksheet saved alone), each with a
    // 4- to 16-byte body. Excel 5 and later wrap their BIFF in an OLE compound file instead.
    static bool IsBareBiff(ReadOnlySpan<byte> head) =>
        head.Length >= 4 && head[0] == 0x09 && head[1] is 0x00 or 0x02 or 0x04 or 0x08 && head[2] is >= 4 and <= 16 && head[3] == 0;

    /// <summary>The package's kind from [Content_Types].xml, mimetype and _rels/.rels; null when it cannot be opened
    /// (truncated), in which case only the name is left to choose whose error message the clerk gets.</summary>
    static SourceFormat? Package(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var mimetype = Small(zip, "mimetype");
            if (mimetype is not null && mimetype.StartsWith("application/vnd.oasis.opendocument", StringComparison.Ordinal))
                return SourceFormat.OpenDocument;
            var types = Small(zip, "[Content_Types].xml");
            if (types is null) return SourceFormat.Workbook;
            if (Contains(types, "wordprocessingml.document.main", "wordprocessingml.template.main", "ms-word.document.macroEnabled.main"))
                return SourceFormat.WordDocument;
            if (Contains(types, "ms-excel.sheet.binary.macroEnabled.main")) return SourceFormat.BinaryWorkbook;
            if (Small(zip, "_rels/.rels") is { } rels && rels.Contains("http://purl.oclc.org/ooxml/officeDocument/relationships", StringComparison.Ordinal))
                return SourceFormat.StrictWorkbook;
            return SourceFormat.Workbook;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return null;
        }
        finally
        {
            stream.Seek(0, SeekOrigin.Begin);
        }
    }

    // A real [Content_Types].xml, mimetype or .rels is a few kilobytes; a larger one is no Office file to inflate for a look.
    static string? Small(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        if (entry is null || entry.Length > 1024 * 1024) return null;
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    static bool Contains(string text, params string[] needles) =>
        needles.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase));

    public static bool HasExtension(string fileName, params string[] extensions) =>
        extensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);
}
