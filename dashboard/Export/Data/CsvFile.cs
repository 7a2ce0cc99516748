using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CCHC.Dashboard.Export.Data;

/// <summary>CSV as Excel opens it in Vietnam: UTF-8 with a byte-order mark (without it Excel shows "Tá»·" for "Tỷ").
/// By default comma separated with numbers in invariant form, so any tool reads them, the vi-VN text beside them;
/// <paramref name="forVietnameseExcel"/>: semicolon separated with decimal commas ("98,7"), as Excel on a vi-VN
/// system reads a double-clicked CSV (its list separator is ";"), every number a number there.</summary>
public static class CsvFile
{
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    // No group separator: Excel would read "1.234" as 1,234 under vi-VN only if it guessed right.
    static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    public static void Write(ExportTable table, Stream output, bool forVietnameseExcel = false)
    {
        using var writer = new StreamWriter(output, Utf8WithBom, leaveOpen: true);
        var numbers = forVietnameseExcel ? DecimalComma : CultureInfo.InvariantCulture.NumberFormat;
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            Delimiter = forVietnameseExcel ? ";" : ",",
        });
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
            foreach (var cell in row) csv.WriteField(Field(cell, numbers));
            csv.NextRecord();
        }
    }

    static string Field(object? cell, NumberFormatInfo numbers) => cell switch
    {
        null => "",
        double d => d.ToString("R", numbers),
        ExportNumber n => n.Value.ToString("R", numbers),
        IFormattable f => f.ToString(null, numbers),
        _ => SafeText.Cell(cell.ToString() ?? ""),
    };
}
