using System.Text;
using CCHC.Etl.LegacyText;
using CCHC.Warehouse.Model;
using ExcelDataReader;

namespace CCHC.Etl.Reading;

/// <summary>Reads .xlsx (Transitional or Strict), legacy .xls, Word reports and CSV exports into <see cref="SheetGrid"/>s,
/// with legacy TCVN3/VNI text turned into Unicode. The format is told from the bytes, not the extension: clerks rename
/// files. A format that cannot be read is refused with what it is and how to resave it.</summary>
public static class WorkbookReader
{
    static WorkbookReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static WorkbookContent Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    public static WorkbookContent Read(Stream stream, string fileName)
    {
        var head = new byte[8];
        var read = stream.Read(head, 0, head.Length);
        stream.Seek(0, SeekOrigin.Begin);
        if (read < 4)
            throw new WorkbookReadException("Tệp rỗng hoặc bị cắt cụt, không phải bảng tính Excel (empty or truncated file).");
        var isZip = head.AsSpan(0, 4).SequenceEqual(ZipMagic);
        var isOle = read == 8 && head.AsSpan().SequenceEqual(OleMagic);
        // Before any parser opens a part (the sniffing below does): a file over a limit is refused unread.
        WorkbookGuard.Check(stream, isZip, isOle);
        return SourceFormats.Of(stream, head.AsSpan(0, read), isZip, isOle, fileName) switch
        {
            // Word reports and CSV exports become the same grids through their own readers.
            // Their text carries no font this reader sees: legacy text is known by its characters alone.
            SourceFormat.WordDocument => LegacyTextRepair.Repair(DocxReader.Read(stream, fileName), CellFonts.None),
            SourceFormat.Csv => LegacyTextRepair.Repair(CsvTableReader.Read(stream, fileName), CellFonts.None),
            SourceFormat.StrictWorkbook => ReadStrict(stream, fileName),
            SourceFormat.BinaryWorkbook => throw FormatReasons.BinaryWorkbook(),
            SourceFormat.OpenDocument => throw FormatReasons.OpenDocument(fileName),
            SourceFormat.OldExcel => throw FormatReasons.OldExcel(),
            SourceFormat.Pdf => throw FormatReasons.Pdf(),
            _ when !isZip && !isOle => throw new WorkbookReadException("Tệp không phải bảng tính Excel .xlsx/.xls (not an Excel workbook)."),
            _ => ReadWorkbook(stream, fileName, isZip),
        };
    }

    static WorkbookContent ReadStrict(Stream stream, string fileName)
    {
        using var transitional = StrictOpenXml.ToTransitional(stream);
        var content = ReadWorkbook(transitional, fileName, isZip: true);
        return content with
        {
            Notes = [.. content.Notes, new LoadNote(content.Sheets.FirstOrDefault()?.Name ?? "", null,
                "Tệp lưu theo chuẩn Strict Open XML (ISO/IEC 29500 Strict), đã được đọc như .xlsx thông thường (Strict Open XML workbook read).")],
        };
    }

    static WorkbookContent ReadWorkbook(Stream stream, string fileName, bool isZip)
    {
        WorkbookContent content;
        CellFonts fonts;
        try
        {
            var grids = new SheetGridReader(FormulaErrors.Read(stream, isZip));
            fonts = CellFonts.Read(stream, isZip);
            using var reader = isZip ? ExcelReaderFactory.CreateOpenXmlReader(stream) : ExcelReaderFactory.CreateBinaryReader(stream);
            var sheets = new List<SheetGrid>();
            do
            {
                sheets.Add(grids.Read(reader));
            } while (reader.NextResult());
            content = new WorkbookContent(fileName, sheets);
        }
        catch (WorkbookReadException) { throw; }
        catch (Exception e)
        {
            throw isZip ? WorkbookReadException.Corrupt(e)
                : SourceFormats.HasExtension(fileName, ".doc") ? FormatReasons.Word97()
                : SourceFormats.HasExtension(fileName, ".et") ? FormatReasons.WpsSpreadsheet()
                : WorkbookReadException.Corrupt(e);
        }
        return LegacyTextRepair.Repair(content, fonts);
    }
}
