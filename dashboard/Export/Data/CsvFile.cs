using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CCHC.Dashboard.Export.Data;

/// <summary>CSV as Excel opens it in Vietnam: UTF-8 with a byte-order mark (without it Excel shows "Tá»·" for "Tỷ"),
/// comma separated, numbers in invariant form so any tool reads them, the vi-VN text beside them.</summary>
public static class CsvFile
{
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static void Write(ExportTable table, Stream output)
    {
        using var writer = new StreamWriter(output, Utf8WithBom, leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" });
        foreach (var (label, text) in table.Heading)
        {
            csv.WriteField(label);
            csv.WriteField(SafeText.Cell(text));
            csv.NextRecord();
        }
        csv.NextRecord();
        foreach (var column in table.Columns) csv.WriteField(column.Name);
        csv.NextRecord();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row) csv.WriteField(Field(cell));
            csv.NextRecord();
        }
    }

    static string Field(object? cell) => cell switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        ExportNumber n => n.Value.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => SafeText.Cell(cell.ToString() ?? ""),
    };
}
