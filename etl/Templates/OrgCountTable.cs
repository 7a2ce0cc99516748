using CCHC.Warehouse.Model;
using ClosedXML.Excel;

namespace CCHC.Etl.Templates;

/// <summary>Phụ lục 4: sections I, II, III, each with its own header ("Tỉnh, thành phố | Giai đoạn | counts… | Ghi chú";
/// section III two rows: sector merged over its owner columns) and one row per period, the unit named in column A.</summary>
internal sealed class OrgCountTable(Catalogue catalogue, AppendixSheet sheet) : IAppendixTable
{
    readonly List<IGrouping<string, OrgMeasure>> sections = catalogue.OrgMeasures
        .OrderBy(m => m.SortOrder).GroupBy(m => m.Section).ToList();

    static bool HasSectors(IEnumerable<OrgMeasure> section) => section.Any(m => m.Sector is not null);

    // The seed gives sections I and II a "Ghi chú" column; section III, twelve columns wide already, none.
    static int ColumnsOf(IGrouping<string, OrgMeasure> section) => 2 + section.Count() + (HasSectors(section) ? 0 : 1);

    public int Width => sections.Count == 0 ? 3 : sections.Max(ColumnsOf);

    public int DateColumn => 2;

    public IReadOnlyList<double> ColumnWidths => [16, 24, .. Enumerable.Repeat(12.0, Width - 2)];

    public int Write(IXLWorksheet ws, int row)
    {
        foreach (var section in sections)
        {
            var measures = section.ToList();
            var title = ws.Cell(row, 1);
            title.SetValue($"{section.Key}. {measures[0].SectionTitle}");
            title.Style.Font.Bold = true;
            row++;
            var top = row;
            row = HasSectors(measures) ? SectorHeader(ws, row, measures) : FlatHeader(ws, row, measures);
            row = Periods(ws, row, measures, noteColumn: !HasSectors(measures));
            CellLook.Grid(ws.Range(top, 1, row - 1, ColumnsOf(section)));
        }
        return row;
    }

    int FlatHeader(IXLWorksheet ws, int row, List<OrgMeasure> measures)
    {
        ws.Cell(row, 1).SetValue("Tỉnh, thành phố");
        ws.Cell(row, 2).SetValue("Giai đoạn");
        foreach (var (m, i) in measures.Select((m, i) => (m, i)))
            ws.Cell(row, 3 + i).SetValue(m.Label);
        ws.Cell(row, 3 + measures.Count).SetValue("Ghi chú");
        CellLook.Header(ws.Range(row, 1, row, 3 + measures.Count));
        return row + 1;
    }

    int SectorHeader(IXLWorksheet ws, int row, List<OrgMeasure> measures)
    {
        ws.Cell(row, 1).SetValue("Tỉnh, thành phố");
        ws.Cell(row, 2).SetValue("Giai đoạn");
        ws.Range(row, 1, row + 1, 1).Merge();
        ws.Range(row, 2, row + 1, 2).Merge();
        var column = 3;
        foreach (var sector in measures.GroupBy(m => m.Sector ?? m.Label))
        {
            var owners = sector.ToList();
            ws.Cell(row, column).SetValue(sector.Key);
            if (owners.Count > 1) ws.Range(row, column, row, column + owners.Count - 1).Merge();
            foreach (var (m, i) in owners.Select((m, i) => (m, i)))
                ws.Cell(row + 1, column + i).SetValue(m.OwnerLevel ?? m.Label);
            column += owners.Count;
        }
        CellLook.Header(ws.Range(row, 1, row + 1, column - 1));
        return row + 2;
    }

    int Periods(IXLWorksheet ws, int row, List<OrgMeasure> measures, bool noteColumn)
    {
        var periods = AppendixYears.OrgPeriods;
        ws.Cell(row, 1).SetValue(sheet.Heading.UnitName);
        ws.Range(row, 1, row + periods.Count - 1, 1).Merge().Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        foreach (var (period, text) in periods)
        {
            ws.Cell(row, 2).SetValue(text);
            ws.Cell(row, 2).Style.Alignment.WrapText = true;
            foreach (var (m, i) in measures.Select((m, i) => (m, i)))
            {
                var cell = ws.Cell(row, 3 + i);
                var applies = OrgMeasureScope.Applies(m, sheet.UnitLevel);
                if (sheet.Style.Validation)
                {
                    if (applies)
                    {
                        cell.Style.NumberFormat.Format = ValueCells.CountFormat;
                        ValueValidation.Count(cell.AsRange());
                    }
                    else cell.Style.Fill.BackgroundColor = CellLook.NotApplicableFill;
                }
                if (sheet.Values.OrgCounts.TryGetValue((m.Code, period), out var value))
                    ValueCells.Count(cell, value, sheet.Style.Counts);
                sheet.Values.ValueCell?.Invoke(m.Code, period, cell);
            }
            if (noteColumn && sheet.Values.Notes.TryGetValue($"{measures[0].Section}:{period}", out var note))
                ws.Cell(row, 3 + measures.Count).SetValue(note);
            row++;
        }
        return row;
    }
}
