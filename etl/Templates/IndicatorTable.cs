using CCHC.Warehouse.Model;
using ClosedXML.Excel;

namespace CCHC.Etl.Templates;

/// <summary>Phụ lục 1–3 and 5–7: "STT | Chỉ tiêu | Năm 2015 … Năm 2020 (Tính đến 31/3)" (the catalogue's years), one row per catalogue
/// indicator in sort order, STT as printed.</summary>
internal sealed class IndicatorTable(Catalogue catalogue, AppendixSheet sheet) : IAppendixTable
{
    readonly List<Indicator> indicators = catalogue.Indicators
        .Where(i => i.AppendixCode == sheet.Appendix.Code).OrderBy(i => i.SortOrder).ToList();

    readonly AppendixYears appendixYears = AppendixYears.Of(catalogue);
    SheetStyle Style => sheet.Style;
    const int FirstYearColumn = 3;
    int NoteColumn => FirstYearColumn + appendixYears.All.Count;

    public int Width => NoteColumn - 1 + (Style.NoteColumn ? 1 : 0);

    // The label column is wide: the date line right-aligned in it sits under the middle of the table, clear of the years.
    public int DateColumn => 2;

    public IReadOnlyList<double> ColumnWidths =>
        [6, 52, .. appendixYears.All.Select(y => y == appendixYears.PartialYear ? 12.0 : 10.0), .. Style.NoteColumn ? new[] { 18.0 } : []];

    public int Write(IXLWorksheet ws, int row)
    {
        var top = row;
        row = WriteHeader(ws, row);
        var written = 0;
        foreach (var indicator in indicators)
        {
            // Only a one-row header is repeated: a two-row header's second row of bare years would read as data.
            if (Style.RepeatHeaderAfter is { } n && written == n && Style.YearHeader != YearHeader.TwoRows)
            {
                ws.PageSetup.AddHorizontalPageBreak(row - 1);
                row = WriteHeader(ws, row);
            }
            if (Style.BlankRowBeforeSections && written > 0 && indicator.ParentCode is null) row++;
            WriteRow(ws, row, indicator);
            row++;
            written++;
        }
        ws.Range(top, 1, row - 1, Width).Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        return row;
    }

    int WriteHeader(IXLWorksheet ws, int row)
    {
        // The seed's Phụ lục 2 heads its label column "Nhiệm vụ/Tiêu chí"; the others "Chỉ tiêu".
        var labelHead = sheet.Appendix.Number == 2 ? "Nhiệm vụ/Tiêu chí" : "Chỉ tiêu";
        var years = appendixYears.All;
        if (Style.YearHeader == YearHeader.TwoRows)
        {
            ws.Cell(row, 1).SetValue("STT");
            ws.Cell(row, 2).SetValue(labelHead);
            ws.Cell(row, FirstYearColumn).SetValue("Năm");
            ws.Range(row, 1, row + 1, 1).Merge();
            ws.Range(row, 2, row + 1, 2).Merge();
            ws.Range(row, FirstYearColumn, row, NoteColumn - 1).Merge();
            foreach (var (year, i) in years.Select((y, i) => (y, i)))
                ws.Cell(row + 1, FirstYearColumn + i).SetValue(year == appendixYears.PartialYear ? $"{year} {appendixYears.PartialNote}" : $"{year}");
            if (Style.NoteColumn)
            {
                ws.Cell(row, NoteColumn).SetValue("Ghi chú");
                ws.Range(row, NoteColumn, row + 1, NoteColumn).Merge();
            }
            CellLook.Header(ws.Range(row, 1, row + 1, Width));
            return row + 2;
        }

        var breaks = Style.YearHeader == YearHeader.LineBreaks;
        ws.Cell(row, 1).SetValue("STT");
        ws.Cell(row, 2).SetValue(labelHead);
        foreach (var (year, i) in years.Select((y, i) => (y, i)))
        {
            var text = (year == appendixYears.PartialYear, breaks) switch
            {
                (true, true) => $"Năm\n{year}\n{appendixYears.PartialNote}",
                (true, false) => $"Năm {year} {appendixYears.PartialNote}",
                (false, true) => $"Năm\n{year}",
                _ => $"Năm {year}",
            };
            ws.Cell(row, FirstYearColumn + i).SetValue(text);
        }
        if (Style.NoteColumn) ws.Cell(row, NoteColumn).SetValue("Ghi chú");
        CellLook.Header(ws.Range(row, 1, row, Width));
        return row + 1;
    }

    void WriteRow(IXLWorksheet ws, int row, Indicator indicator)
    {
        ValueCells.Stt(ws.Cell(row, 1), indicator.Stt);
        ws.Cell(row, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        var label = ws.Cell(row, 2);
        label.SetValue(LabelAsTyped(indicator.Label));
        label.Style.Alignment.WrapText = true;
        var values = ws.Range(row, FirstYearColumn, row, NoteColumn - 1);
        CellLook.Grid(ws.Range(row, 1, row, Width));

        if (indicator.UnitOfMeasure == "group")
        {
            ws.Range(row, 1, row, Width).Style.Fill.BackgroundColor = CellLook.GroupFill;
            ws.Range(row, 1, row, 2).Style.Font.Bold = true;
            return;
        }
        if (indicator.ParentCode is null) ws.Range(row, 1, row, 2).Style.Font.Bold = true;

        var applies = indicator.AppliesTo == "both" || indicator.AppliesTo == sheet.UnitLevel;
        if (Style.Validation)
        {
            if (applies)
            {
                values.Style.NumberFormat.Format = indicator.UnitOfMeasure == "percent" ? ValueCells.PointsFormat : ValueCells.CountFormat;
                ValueValidation.For(values, indicator.UnitOfMeasure);
            }
            else values.Style.Fill.BackgroundColor = CellLook.NotApplicableFill; // reported by the province only
        }

        foreach (var (year, i) in appendixYears.All.Select((y, i) => (y, i)))
        {
            var cell = ws.Cell(row, FirstYearColumn + i);
            if (sheet.Values.Indicators.TryGetValue((indicator.Code, year), out var value))
                ValueCells.Indicator(cell, indicator.UnitOfMeasure, value, Style);
            sheet.Values.ValueCell?.Invoke(indicator.Code, year.ToString(System.Globalization.CultureInfo.InvariantCulture), cell);
        }
        if (Style.NoteColumn && sheet.Values.Notes.TryGetValue(indicator.Code, out var note))
            ws.Cell(row, NoteColumn).SetValue(note);
    }

    string LabelAsTyped(string label) => Style.Labels switch
    {
        // Every other space doubled: what a clerk's manual alignment leaves behind.
        LabelText.DoubledSpaces => string.Concat(label.Split(' ').Select((w, i) => i == 0 ? w : (i % 2 == 1 ? "  " : " ") + w)),
        LabelText.Wrapped when label.Length > 30 => WrapNearMiddle(label),
        _ => label,
    };

    static string WrapNearMiddle(string label)
    {
        var middle = label.Length / 2;
        var before = label.LastIndexOf(' ', middle);
        var after = label.IndexOf(' ', middle);
        var at = before < 0 ? after : after < 0 ? before : (middle - before <= after - middle ? before : after);
        return at < 0 ? label : label[..at] + "\n" + label[(at + 1)..];
    }
}
