using CCHC.Warehouse.Model;
using ClosedXML.Excel;

namespace CCHC.Etl.Templates;

/// <summary>Phụ lục 8: "STT | Các mục tiêu cải cách | Đánh giá kết quả đạt được (Đạt/Không đạt)", one row per target.</summary>
internal sealed class TargetTable(Catalogue catalogue, AppendixSheet sheet) : IAppendixTable
{
    readonly List<Target> targets = catalogue.Targets
        .Where(t => t.AppendixCode == sheet.Appendix.Code).OrderBy(t => t.TargetNo).ToList();

    public int Width => 3 + (sheet.Style.NoteColumn ? 1 : 0);

    // Right of the table: under the target text it would read as the tail of the last target split by a page break.
    public int DateColumn => Width + 1;

    public IReadOnlyList<double> ColumnWidths => [6, 80, 16, .. sheet.Style.NoteColumn ? new[] { 24.0 } : []];

    public int Write(IXLWorksheet ws, int row)
    {
        var top = row;
        ws.Cell(row, 1).SetValue("STT");
        ws.Cell(row, 2).SetValue("Các mục tiêu cải cách");
        ws.Cell(row, 3).SetValue(sheet.Style.YearHeader == YearHeader.OneLine
            ? "Đánh giá kết quả đạt được (Đạt/Không đạt)"
            : "Đánh giá\nkết quả\nđạt được\n(Đạt/Không đạt)");
        if (sheet.Style.NoteColumn) ws.Cell(row, 4).SetValue("Ghi chú");
        CellLook.Header(ws.Range(row, 1, row, Width));
        row++;

        foreach (var target in targets)
        {
            ws.Cell(row, 1).SetValue($"{target.TargetNo}.");
            ws.Cell(row, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            ws.Cell(row, 2).SetValue(target.Text);
            ws.Cell(row, 2).Style.Alignment.WrapText = true;
            var verdict = ws.Cell(row, 3);
            verdict.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            if (sheet.Style.Validation) ValueValidation.Verdict(verdict.AsRange());
            if (sheet.Values.Verdicts.TryGetValue(target.Code, out var achieved))
                verdict.SetValue(achieved ? "Đạt" : "Không đạt");
            sheet.Values.ValueCell?.Invoke(target.Code, "verdict", verdict);
            if (sheet.Style.NoteColumn && sheet.Values.Notes.TryGetValue(target.Code, out var note))
                ws.Cell(row, 4).SetValue(note);
            row++;
        }
        CellLook.Grid(ws.Range(top, 1, row - 1, Width));
        ws.Range(top + 1, 1, row - 1, Width).Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        return row;
    }
}
