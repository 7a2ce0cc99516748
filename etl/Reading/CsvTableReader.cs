using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CCHC.Etl.Reading;

/// <summary>Reads an appendix exported as CSV into one grid named after the file, as Excel names the sheet when it
/// opens one. Every field stays text: the value parser reads "98,7 %" and "1.234" as the clerk typed them, which a
/// number conversion here would get wrong. Blank lines are kept so row numbers match the file's lines.</summary>
internal static class CsvTableReader
{
    public static WorkbookContent Read(Stream stream, string fileName)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var text = CsvText.Decode(buffer.ToArray());
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = CsvSeparator.Detect(text).ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            BadDataFound = null, // a stray quote inside a field is the clerk's text, not a reason to refuse the file
            Mode = CsvMode.RFC4180,
        };
        var rows = new List<object?[]>();
        try
        {
            using var parser = new CsvParser(new StringReader(text), config);
            while (parser.Read())
                rows.Add(parser.Record!.Select(f => f.Length == 0 ? null : (object)f).ToArray());
        }
        catch (CsvHelperException e)
        {
            throw new WorkbookReadException("Không đọc được tệp .csv: dòng hoặc dấu ngoặc kép không khép; hãy xuất lại tệp từ Excel " +
                "(Lưu thành › CSV UTF-8) hoặc gửi bảng tính .xlsx (unreadable CSV).", e);
        }
        if (rows.All(r => r.All(v => v is null)))
            throw new WorkbookReadException("Tệp .csv rỗng, không có dòng dữ liệu nào (empty CSV file).");
        var name = Path.GetFileNameWithoutExtension(fileName);
        SheetGrid[] grids = [new SheetGrid(name, rows, rows.Select(r => new string?[r.Length]).ToList(), [])];
        GridLimits.Check(grids);
        return new WorkbookContent(fileName, grids);
    }
}
