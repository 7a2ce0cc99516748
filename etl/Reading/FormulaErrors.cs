using System.IO.Compression;
using System.Xml;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;

namespace CCHC.Etl.Reading;

/// <summary>The cached formula errors of a workbook ("#DIV/0!", "#VALUE!", "#REF!"), by sheet and zero-based cell.
/// ExcelDataReader 3.6 reads such a cell as empty, which would make a broken percentage look "not reported"; put
/// back as its text, the value is rejected with its cell instead.</summary>
public sealed class FormulaErrors
{
    public static FormulaErrors None { get; } = new([]);

    readonly Dictionary<string, Dictionary<(int Row, int Column), string>> bySheet;

    FormulaErrors(Dictionary<string, Dictionary<(int Row, int Column), string>> bySheet) => this.bySheet = bySheet;

    public IReadOnlyDictionary<(int Row, int Column), string>? Of(string sheet) => bySheet.GetValueOrDefault(sheet);

    public static FormulaErrors Read(Stream stream, bool isZip) => isZip ? ReadPackage(stream) : ReadLegacy(stream);

    /// <summary>Scans each sheet part of an .xlsx (already past <see cref="PackageGuard"/>) for cells typed t="e".
    /// A value below <see cref="ReadLimits.MaxRows"/> refuses the file here, as <see cref="SheetGridReader"/> would,
    /// but before ExcelDataReader has parsed the whole part once just to size the sheet.</summary>
    static FormulaErrors ReadPackage(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var bySheet = new Dictionary<string, Dictionary<(int, int), string>>(StringComparer.Ordinal);
            foreach (var (sheet, part) in PackageSheets.Of(zip))
                if (zip.GetEntry(part) is { } entry && Scan(entry, sheet) is { Count: > 0 } errors)
                    bySheet[sheet] = errors;
            return new FormulaErrors(bySheet);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            throw WorkbookReadException.Corrupt(e);
        }
        finally
        {
            stream.Seek(0, SeekOrigin.Begin);
        }
    }

    /// <summary>The error cells of an .xls (already past <see cref="CompoundFileGuard"/>), plain or cached by a
    /// formula, through NPOI. Only a second opinion: a file NPOI cannot open is left to ExcelDataReader to judge.</summary>
    static FormulaErrors ReadLegacy(Stream stream)
    {
        var bySheet = new Dictionary<string, Dictionary<(int, int), string>>(StringComparer.Ordinal);
        try
        {
            // A copy (at most ReadLimits.MaxFileBytes): NPOI closes the stream it reads, ExcelDataReader needs it next.
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            var workbook = new HSSFWorkbook(copy);
            for (var i = 0; i < workbook.NumberOfSheets; i++)
            {
                var errors = new Dictionary<(int, int), string>();
                foreach (var cell in SheetPartCells.Of(workbook, i))
                    if (cell.CellType == CellType.Error || cell.CellType == CellType.Formula && cell.CachedFormulaResultType == CellType.Error)
                        errors[(cell.RowIndex, cell.ColumnIndex)] = FormulaError.ForInt(cell.ErrorCellValue).String;
                if (errors.Count > 0) bySheet[workbook.GetSheetName(i)] = errors;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return None;
        }
        finally
        {
            stream.Seek(0, SeekOrigin.Begin);
        }
        return new FormulaErrors(bySheet);
    }

    static Dictionary<(int, int), string> Scan(ZipArchiveEntry entry, string sheet)
    {
        var errors = new Dictionary<(int, int), string>();
        using var reader = XmlReader.Create(entry.Open(), PackageSheets.Safe);
        foreach (var (row, column) in SheetPartCells.Walk(reader))
        {
            if (row >= ReadLimits.MaxRows)
            {
                if (!reader.IsEmptyElement && HasValue(reader)) throw GridLimits.TooManyRows(sheet, row, column);
                continue;
            }
            if (reader.GetAttribute("t") == "e" && !reader.IsEmptyElement && CachedValue(reader) is { Length: > 0 } code)
                errors[(row, column)] = code;
        }
        return errors;
    }

    // <v> for numbers, shared strings and errors, <is><t> for inline text; a cell with neither is formatting only.
    static bool HasValue(XmlReader reader)
    {
        using var cell = reader.ReadSubtree();
        while (cell.Read())
            if (cell.NodeType == XmlNodeType.Element && cell.LocalName is "v" or "t" && cell.ReadElementContentAsString().Length > 0)
                return true;
        return false;
    }

    static string? CachedValue(XmlReader reader)
    {
        using var cell = reader.ReadSubtree();
        while (cell.Read())
            if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "v")
                return cell.ReadElementContentAsString().Trim();
        return null;
    }
}
