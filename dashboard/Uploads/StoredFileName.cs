using System.Globalization;
using System.Text;

namespace CCHC.Dashboard.Uploads;

/// <summary>The name an upload is stored under, made by the server: a time stamp and the client's base name reduced
/// to plain letters, digits and dashes. The client's path never reaches the disk ("../", "C:\\", NUL are gone), and
/// the base name stays readable because clerks name files after the unit ("PL3_TaySon.xlsx"), which the ETL uses
/// when a workbook does not say who sent it.</summary>
public static class StoredFileName
{
    // Formats that are not read (.xlsb, .ods, .doc, .et, .pdf) are taken too, so the reader answers what each is and how to resave it.
    public static readonly IReadOnlyList<string> Extensions = [".xlsx", ".xlsm", ".xls", ".docx", ".csv", ".xlsb", ".ods", ".doc", ".et", ".pdf"];

    /// <summary>Null when the extension is not one the ETL reads.</summary>
    public static string? For(string clientName, DateTime now)
    {
        // Browsers send a bare name, but a hostile client may send a path with either separator.
        var name = clientName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension)) return null;
        var stem = Plain(Path.GetFileNameWithoutExtension(name));
        if (stem.Length == 0) stem = "tep";
        return $"{now:yyyyMMdd-HHmmss}-{stem[..Math.Min(stem.Length, 60)]}{extension}";
    }

    // "Tây Sơn bổ sung" → "TaySon-bo-sung"-like: diacritics dropped, đ → d, anything else → "-".
    static string Plain(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '_' ? c : '-');
        }
        var plain = builder.ToString();
        while (plain.Contains("--", StringComparison.Ordinal)) plain = plain.Replace("--", "-", StringComparison.Ordinal);
        return plain.Trim('-');
    }
}
