using System.IO.Compression;

namespace CCHC.Etl.Reading;

/// <summary>What a submitted file holds, told from its bytes wherever the bytes can tell.</summary>
internal enum SourceFormat { Workbook, WordDocument, Csv }

internal static class SourceFormats
{
    /// <summary>A ZIP package is a Word document when its content types say so (clerks rename .docx to .xlsx and
    /// back). Text has no signature, so a file is CSV only when it is named .csv; any other non-workbook bytes are left
    /// to the workbook path, which refuses them as before.</summary>
    public static SourceFormat Of(Stream stream, bool isZip, bool isOle, string fileName)
    {
        if (isZip)
            return (IsWordPackage(stream) ?? HasExtension(fileName, ".docx", ".docm")) ? SourceFormat.WordDocument : SourceFormat.Workbook;
        if (!isOle && HasExtension(fileName, ".csv")) return SourceFormat.Csv;
        return SourceFormat.Workbook;
    }

    /// <summary>True or false from [Content_Types].xml; null when the package cannot be opened (truncated), in
    /// which case only the name is left to choose whose error message the clerk gets.</summary>
    static bool? IsWordPackage(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry("[Content_Types].xml");
            // A real [Content_Types].xml is a few kilobytes; a larger one is no Office file to inflate for a look.
            if (entry is null || entry.Length > 1024 * 1024) return false;
            using var reader = new StreamReader(entry.Open());
            var types = reader.ReadToEnd();
            return types.Contains("wordprocessingml.document.main", StringComparison.OrdinalIgnoreCase)
                || types.Contains("wordprocessingml.template.main", StringComparison.OrdinalIgnoreCase)
                || types.Contains("ms-word.document.macroEnabled.main", StringComparison.OrdinalIgnoreCase);
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

    static bool HasExtension(string fileName, params string[] extensions) =>
        extensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);
}
