using System.Globalization;

namespace CCHC.Etl.Reading;

/// <summary>How large a submitted file may be before it is refused. An appendix workbook is tens of kilobytes: nine
/// appendices of at most a few hundred rows and a dozen columns. The limits sit far above any real report and far
/// below what would exhaust the server once uploads come from the provincial intranet: a file over a limit is
/// refused with the limit named, never read until memory or patience runs out.</summary>
public static class ReadLimits
{
    const long MiB = 1024 * 1024;

    /// <summary>The file itself; also bounds what an .xls (not compressed) can make the reader allocate.</summary>
    public const long MaxFileBytes = 20 * MiB;

    /// <summary>One part of an .xlsx once inflated; a real sheet is well under a megabyte.</summary>
    public const long MaxPartBytes = 64 * MiB;

    /// <summary>All parts of an .xlsx once inflated.</summary>
    public const long MaxPackageBytes = 256 * MiB;

    /// <summary>Parts in an .xlsx: a few per sheet.</summary>
    public const int MaxParts = 4000;

    /// <summary>Inflated size over compressed size, for parts over <see cref="RatioCheckedFromBytes"/>. Spreadsheet
    /// XML compresses 5 to 30 times; a zip bomb, about a thousand.</summary>
    public const int MaxCompressionRatio = 100;

    public const long RatioCheckedFromBytes = 1 * MiB;

    public const int MaxSheets = 1000;

    /// <summary>Rows of one sheet: a value below this row refuses the file.</summary>
    public const int MaxRows = 20_000;

    /// <summary>Columns of one sheet (IV, the last column a legacy .xls has).</summary>
    public const int MaxColumns = 256;

    /// <summary>Cells held in memory for the whole workbook (empty cells between values count).</summary>
    public const long MaxCells = 1_000_000;

    /// <summary>Characters in one cell: Excel itself stores no more.</summary>
    public const int MaxCellChars = 32_767;

    /// <summary>A count as the reasons print it: "20 000".</summary>
    public static string Show(long value) => value.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN")).Replace('.', ' ');

    /// <summary>A size in bytes as the reasons print it: "3 072 MB", "22 KB".</summary>
    public static string Bytes(long bytes) => bytes >= MiB ? $"{Show(bytes / MiB)} MB" : $"{Show(Math.Max(1, bytes / 1024))} KB";
}
