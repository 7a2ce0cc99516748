using System.Text;
using ExcelDataReader;

namespace CCHC.Etl.Reading;

/// <summary>Reads .xlsx and legacy .xls through ExcelDataReader into <see cref="SheetGrid"/>s.
/// The format is told from the bytes, not the extension: clerks rename files.</summary>
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
        // Word reports and CSV exports become the same grids through their own readers.
        switch (SourceFormats.Of(stream, isZip, isOle, fileName))
        {
            case SourceFormat.WordDocument: return DocxReader.Read(stream, fileName);
            case SourceFormat.Csv: return CsvTableReader.Read(stream, fileName);
        }
        if (!isZip && !isOle)
            throw new WorkbookReadException("Tệp không phải bảng tính Excel .xlsx/.xls (not an Excel workbook).");

        try
        {
            var grids = new SheetGridReader(FormulaErrors.Read(stream, isZip));
            using var reader = isZip ? ExcelReaderFactory.CreateOpenXmlReader(stream) : ExcelReaderFactory.CreateBinaryReader(stream);
            var sheets = new List<SheetGrid>();
            do
            {
                sheets.Add(grids.Read(reader));
            } while (reader.NextResult());
            return new WorkbookContent(fileName, sheets);
        }
        catch (WorkbookReadException) { throw; }
        catch (Exception e)
        {
            throw WorkbookReadException.Corrupt(e);
        }
    }
}
