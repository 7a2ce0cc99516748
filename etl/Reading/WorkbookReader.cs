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
        if (!isZip && !isOle)
            throw new WorkbookReadException("Tệp không phải bảng tính Excel .xlsx/.xls (not an Excel workbook).");

        try
        {
            using var reader = isZip ? ExcelReaderFactory.CreateOpenXmlReader(stream) : ExcelReaderFactory.CreateBinaryReader(stream);
            var sheets = new List<SheetGrid>();
            do
            {
                sheets.Add(ReadSheet(reader));
            } while (reader.NextResult());
            return new WorkbookContent(fileName, sheets);
        }
        catch (WorkbookReadException) { throw; }
        catch (Exception e)
        {
            throw new WorkbookReadException($"Không đọc được bảng tính, tệp hỏng hoặc bị cắt cụt (corrupt or truncated workbook): {e.Message}", e);
        }
    }

    static SheetGrid ReadSheet(IExcelDataReader reader)
    {
        var rows = new List<object?[]>();
        var formats = new List<string?[]>();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            var rowFormats = new string?[reader.FieldCount];
            for (var c = 0; c < reader.FieldCount; c++)
            {
                values[c] = reader.GetValue(c);
                if (values[c] is double or int or long or float or decimal)
                    rowFormats[c] = reader.GetNumberFormatString(c);
            }
            rows.Add(values);
            formats.Add(rowFormats);
        }
        var merges = reader.MergeCells?.Select(m => new MergedRange(m.FromRow, m.FromColumn, m.ToRow, m.ToColumn)).ToList() ?? [];
        return new SheetGrid(reader.Name ?? "", rows, formats, merges);
    }
}
