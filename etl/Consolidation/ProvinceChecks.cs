using CCHC.Etl.Templates;
using CCHC.Etl.Validation;
using CCHC.Warehouse.Model;
using ClosedXML.Excel;

namespace CCHC.Etl.Consolidation;

/// <summary>The catalogue's validation rules over the province's consolidated figures, as written: a sum of the units
/// can break a rule that no unit's own report breaks (one unit sent only the received, another only the resolved), so
/// the figures are checked themselves, in memory (<see cref="RuleCheck"/>), not looked up in v_rule_violation. A breach
/// gets a comment "Cảnh báo: …" or "Lỗi: …" and a fill on its cell, and a line on sheet "Kiểm tra"; nothing is changed.</summary>
internal sealed class ProvinceChecks(int? partialYear)
{
    public const string SheetName = "Kiểm tra";

    static readonly XLColor WarningFill = XLColor.FromHtml("#FCE4D6");

    readonly Dictionary<(string Code, int Year), CheckedValue> values = [];
    readonly Dictionary<string, IXLCell> cells = [];

    public void Add(string code, string column, double value, string sheet, IXLCell cell)
    {
        if (!int.TryParse(column, out var year)) return;
        var at = $"{sheet}!{cell.Address}";
        values[(code, year)] = new CheckedValue(value, year == partialYear, at);
        cells[at] = cell;
    }

    public void FlagAndList(Catalogue catalogue, IXLWorksheet ws, bool sample)
    {
        var units = catalogue.Indicators.ToDictionary(i => i.Code, i => i.UnitOfMeasure);
        var breaches = RuleCheck.Check(catalogue, "province", values)
            .OrderBy(b => b.Rule.Importance == "warning").ThenBy(b => b.Rule.SortOrder).ThenBy(b => b.Year).ToList();
        var row = 1;
        ws.Cell(row++, 1).SetValue("Kiểm tra số liệu tổng hợp theo các quy tắc của danh mục (validation_rules.csv)");
        if (sample) ws.Cell(row++, 1).SetValue("DỮ LIỆU MẪU – tổng hợp từ số liệu mẫu, không phải số liệu chính thức");
        ws.Cell(row++, 1).SetValue(breaches.Count == 0
            ? "Không có giá trị tổng hợp nào vi phạm quy tắc kiểm tra."
            : $"{breaches.Count} giá trị vi phạm quy tắc: các ô được tô màu và có ghi chú; số liệu vẫn giữ như đã tổng hợp.");
        row++;
        string[] head = ["Mức", "Quy tắc", "Nội dung quy tắc", "Ô", "Mã", "Năm", "Phát hiện", "So với ô", "Hướng dẫn"];
        for (var c = 0; c < head.Length; c++) ws.Cell(row, c + 1).SetValue(head[c]);
        ws.Range(row, 1, row, head.Length).Style.Font.Bold = true;
        ws.SheetView.FreezeRows(row);
        var headRow = row;
        foreach (var b in breaches)
        {
            var finding = ViolationText.Finding(b.Rule.Kind, b.Value, b.Compared, b.Limit, units.GetValueOrDefault(b.IndicatorCode) == "percent");
            var level = ViolationText.Importance(b.Rule.Importance);
            var cell = cells[b.Source];
            if (cell.HasComment) cell.Comment.AddNewLine();
            cell.Comment.AddText($"{level}: {b.Rule.Description} ({b.Rule.Code}): {finding}.");
            cell.Style.Fill.BackgroundColor = WarningFill;
            row++;
            ws.Cell(row, 1).SetValue(level);
            ws.Cell(row, 2).SetValue(b.Rule.Code);
            ws.Cell(row, 3).SetValue(b.Rule.Description);
            ws.Cell(row, 4).SetValue(b.Source);
            ws.Cell(row, 5).SetValue(b.IndicatorCode);
            ws.Cell(row, 6).SetValue(b.Year);
            ws.Cell(row, 7).SetValue(finding);
            ws.Cell(row, 8).SetValue(string.Join("; ", b.ComparedSources));
            ws.Cell(row, 9).SetValue(b.Rule.Instruction ?? "");
        }
        foreach (var (column, width) in new[] { (1, 9.0), (2, 7.0), (3, 50.0), (4, 10.0), (5, 9.0), (6, 6.0), (7, 36.0), (8, 24.0), (9, 40.0) })
            ws.Column(column).Width = width;
        var table = ws.Range(headRow, 1, row, head.Length);
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        table.Style.Alignment.WrapText = true;
        // Neither Excel nor LibreOffice grows a stored row to its wrapped text, so the height is set from the longest cell.
        for (var r = headRow + 1; r <= row; r++)
        {
            var lines = Enumerable.Range(1, head.Length)
                .Max(c => (int)Math.Ceiling(ws.Cell(r, c).GetString().Length / Math.Max(1, ws.Column(c).Width - 1)));
            ws.Row(r).Height = 15 * Math.Max(1, lines);
        }
        // Printed as a list to hand to the units: one page wide.
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
    }
}
