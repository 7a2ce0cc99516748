using System.IO.Compression;
using System.Text;
using System.Xml;
using CCHC.Etl.Reading;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;

namespace CCHC.Etl.LegacyText;

/// <summary>Which cells of a workbook are set in a legacy Vietnamese font (.VnTime, VNI-Times …), by sheet and zero-based
/// cell. ExcelDataReader does not say what font a cell has, so the styles are read here, and only when the workbook
/// names such a font at all: a Unicode workbook costs one look at its style part (or its bytes).</summary>
public sealed class CellFonts
{
    public static CellFonts None { get; } = new([]);

    readonly Dictionary<string, Dictionary<(int Row, int Column), LegacyFont>> bySheet;

    CellFonts(Dictionary<string, Dictionary<(int, int), LegacyFont>> bySheet) => this.bySheet = bySheet;

    /// <summary>True when the workbook sets some cell in a legacy font: then a cell in another font is typed in Unicode.</summary>
    public bool Any => bySheet.Count > 0;

    public LegacyFont? Of(string sheet, int row, int column) =>
        bySheet.TryGetValue(sheet, out var cells) && cells.TryGetValue((row, column), out var font) ? font : null;

    public static CellFonts Read(Stream stream, bool isZip)
    {
        try
        {
            return isZip ? ReadPackage(stream) : ReadLegacy(stream);
        }
        // Fonts are a hint for reading text right, never a reason to refuse: a part that cannot be read is left to
        // ExcelDataReader to judge, and the text to the character patterns.
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or FormatException)
        {
            return None;
        }
        finally
        {
            stream.Seek(0, SeekOrigin.Begin);
        }
    }

    static CellFonts ReadPackage(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var styles = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith("styles.xml", StringComparison.OrdinalIgnoreCase));
        if (styles is null) return None;
        var legacyStyles = LegacyStyles(styles);
        if (legacyStyles.Count == 0) return None;
        var bySheet = new Dictionary<string, Dictionary<(int, int), LegacyFont>>(StringComparer.Ordinal);
        foreach (var (sheet, part) in PackageSheets.Of(zip))
            if (zip.GetEntry(part) is { } entry && CellsInStyles(entry, legacyStyles) is { Count: > 0 } cells)
                bySheet[sheet] = cells;
        return new CellFonts(bySheet);
    }

    /// <summary>Cell format index (cellXfs) → the legacy font it uses.</summary>
    static Dictionary<int, LegacyFont> LegacyStyles(ZipArchiveEntry styles)
    {
        var fonts = new List<LegacyFont?>();
        var formats = new Dictionary<int, LegacyFont>();
        using var reader = XmlReader.Create(styles.Open(), PackageSheets.Safe);
        var section = "";
        var xf = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName is "fonts" or "cellXfs") section = "";
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.LocalName)
            {
                case "fonts" or "cellXfs":
                    section = reader.LocalName;
                    break;
                case "font" when section == "fonts":
                    fonts.Add(null);
                    break;
                case "name" when section == "fonts" && fonts.Count > 0:
                    fonts[^1] = LegacyEncodings.FontOf(reader.GetAttribute("val"));
                    break;
                case "xf" when section == "cellXfs":
                    if (int.TryParse(reader.GetAttribute("fontId"), out var fontId) && fontId < fonts.Count && fonts[fontId] is { } font)
                        formats[xf] = font;
                    xf++;
                    break;
            }
        }
        return formats;
    }

    static Dictionary<(int, int), LegacyFont> CellsInStyles(ZipArchiveEntry entry, Dictionary<int, LegacyFont> styles)
    {
        var cells = new Dictionary<(int, int), LegacyFont>();
        using var reader = XmlReader.Create(entry.Open(), PackageSheets.Safe);
        foreach (var (row, column) in SheetPartCells.Walk(reader))
        {
            if (row >= ReadLimits.MaxRows) break;
            if (int.TryParse(reader.GetAttribute("s"), out var s) && styles.TryGetValue(s, out var font))
                cells[(row, column)] = font;
        }
        return cells;
    }

    /// <summary>An .xls through NPOI, but only when its bytes name a legacy font: FONT records hold the name as
    /// 8-bit or UTF-16 text.</summary>
    static CellFonts ReadLegacy(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        if (!NamesLegacyFont(copy.GetBuffer().AsSpan(0, (int)copy.Length))) return None;
        copy.Position = 0;
        HSSFWorkbook workbook;
        try
        {
            workbook = new HSSFWorkbook(copy);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return None;
        }
        var bySheet = new Dictionary<string, Dictionary<(int, int), LegacyFont>>(StringComparer.Ordinal);
        for (var i = 0; i < workbook.NumberOfSheets; i++)
        {
            var cells = new Dictionary<(int, int), LegacyFont>();
            foreach (var cell in SheetPartCells.Of(workbook, i))
                if (cell.CellType == CellType.String && LegacyEncodings.FontOf(cell.CellStyle.GetFont(workbook).FontName) is { } font)
                    cells[(cell.RowIndex, cell.ColumnIndex)] = font;
            if (cells.Count > 0) bySheet[workbook.GetSheetName(i)] = cells;
        }
        return new CellFonts(bySheet);
    }

    static readonly byte[][] FontMarkers =
    [
        Encoding.ASCII.GetBytes(".Vn"), Encoding.ASCII.GetBytes("VNI-"),
        Encoding.Unicode.GetBytes(".Vn"), Encoding.Unicode.GetBytes("VNI-"),
    ];

    static bool NamesLegacyFont(ReadOnlySpan<byte> bytes)
    {
        foreach (var marker in FontMarkers)
            if (bytes.IndexOf(marker) >= 0) return true;
        return false;
    }
}
