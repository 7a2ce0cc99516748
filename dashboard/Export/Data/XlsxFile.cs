using CCHC.Dashboard.Charts.Model;
using ClosedXML.Excel;

namespace CCHC.Dashboard.Export.Data;

/// <summary>An XLSX workbook of one or more tables, one sheet each: the heading block on top, then the table with
/// real numbers (formatted the vi-VN way by Excel's number formats), a frozen header row and an auto-filter.</summary>
public static class XlsxFile
{
    public static void Write(IReadOnlyList<(string Sheet, ExportTable Table)> sheets, Stream output)
    {
        using var workbook = new XLWorkbook();
        foreach (var (name, table) in sheets) AddSheet(workbook, name, table);
        workbook.SaveAs(output);
    }

    static void AddSheet(XLWorkbook workbook, string name, ExportTable table)
    {
        var sheet = workbook.Worksheets.Add(name);
        var row = 1;
        foreach (var (label, text) in table.Heading)
        {
            sheet.Cell(row, 1).SetValue(label).Style.Font.SetBold();
            Text(sheet.Cell(row, 2), text);
            row++;
        }
        row++;
        var headerRow = row;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var cell = sheet.Cell(row, c + 1);
            Text(cell, table.Columns[c].Name);
            cell.Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#DEEBF7")).Alignment.SetWrapText();
            sheet.Column(c + 1).Width = table.Columns[c].Width;
        }
        foreach (var values in table.Rows)
        {
            row++;
            for (var c = 0; c < values.Count; c++)
            {
                var cell = sheet.Cell(row, c + 1);
                switch (values[c])
                {
                    case null: break; // not reported: an empty cell, never 0
                    case double d:
                        cell.SetValue(d);
                        cell.Style.NumberFormat.Format = NumberFormat(table.Columns[c].Format);
                        break;
                    case ExportNumber n:
                        cell.SetValue(n.Value);
                        cell.Style.NumberFormat.Format = NumberFormat(n.Format);
                        break;
                    default:
                        Text(cell, values[c]!.ToString() ?? "");
                        break;
                }
            }
        }
        if (table.Rows.Count > 0)
            sheet.Range(headerRow, 1, row, table.Columns.Count).SetAutoFilter();
        sheet.SheetView.FreezeRows(headerRow);
    }

    // SetValue keeps a string as text; the apostrophe rule still applies so a copy-paste elsewhere stays inert.
    static void Text(IXLCell cell, string text)
    {
        cell.SetValue(SafeText.Cell(text));
        cell.DataType = XLDataType.Text;
    }

    // Excel shows these with the reader's own separators (1.234; 98,7 % on a Vietnamese system). A column without a
    // format holds plain integers (STT, years), which must never read "2.015".
    static string NumberFormat(ValueFormat? format) => format switch
    {
        ValueFormat.Percent => "0.0\" %\"",
        ValueFormat.Count => "#,##0",
        ValueFormat.Number => "General",
        _ => "0",
    };
}
