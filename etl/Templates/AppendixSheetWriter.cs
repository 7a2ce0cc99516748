using CCHC.Warehouse.Model;
using ClosedXML.Excel;

namespace CCHC.Etl.Templates;

/// <summary>Lays out one appendix sheet as the seed prints it: issuer lines, (marker), title "PHỤ LỤC n", subtitle,
/// attachment line, the table, and the place-and-date line under it. Templates and sample data both come from here.</summary>
public static class AppendixSheetWriter
{
    static readonly string[] Roman = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    public static IXLWorksheet Write(XLWorkbook workbook, Catalogue catalogue, AppendixSheet sheet)
    {
        var ws = workbook.AddWorksheet(sheet.SheetName);
        IAppendixTable table = sheet.Appendix.Kind switch
        {
            "org_count" => new OrgCountTable(catalogue, sheet),
            "target" => new TargetTable(catalogue, sheet),
            _ => new IndicatorTable(catalogue, sheet),
        };
        var width = table.Width;
        ws.Style.Font.FontName = "Times New Roman";
        ws.Style.Font.FontSize = 12;

        var row = 1;
        foreach (var line in sheet.Heading.IssuerLines)
        {
            ws.Cell(row, 1).SetValue(line);
            CellLook.Centered(ws.Range(row, 1, row, 2), bold: row > 1 || sheet.Heading.IssuerLines.Count == 1);
            row++;
        }
        row = Math.Max(row, 3); // the issuer block is two lines high whether or not a department is named

        if (sheet.Marker is { } marker)
        {
            ws.Cell(row, 1).SetValue(marker);
            var range = ws.Range(row, 1, row, width);
            CellLook.Centered(range, bold: true);
            range.Style.Font.FontColor = XLColor.Red;
        }
        row += 2;

        var number = sheet.Appendix.Number;
        var numeral = sheet.Style.Numerals == TitleNumerals.Roman && number < Roman.Length ? Roman[number] : number.ToString();
        ws.Cell(row, 1).SetValue($"PHỤ LỤC {numeral}");
        CellLook.Centered(ws.Range(row, 1, row, width), bold: true, size: 13);
        row++;
        ws.Cell(row, 1).SetValue(sheet.Appendix.Title);
        CellLook.Centered(ws.Range(row, 1, row, width), bold: true);
        row++;
        ws.Cell(row, 1).SetValue(sheet.Heading.AttachmentLine);
        CellLook.Centered(ws.Range(row, 1, row, width), italic: true);
        row += 2;

        row = table.Write(ws, row);

        row++;
        var date = ws.Cell(row, table.DateColumn);
        date.SetValue(sheet.Heading.DateLine);
        date.Style.Font.Italic = true;
        date.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;

        foreach (var (w, i) in table.ColumnWidths.Select((w, i) => (w, i)))
            ws.Column(i + 1).Width = w;
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
        return ws;
    }
}
