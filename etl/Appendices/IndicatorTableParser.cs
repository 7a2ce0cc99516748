using System.Text.RegularExpressions;
using CCHC.Etl.Matching;
using CCHC.Etl.Reading;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Appendices;

/// <summary>Reads the rows of Phụ lục 1–3 and 5–7: STT, label, one value per year. Blank rows and repeated headers
/// are skipped; a label split over two rows (a page break in the clerk's copy) is joined; a row that matches no
/// catalogue indicator is reported, never dropped.</summary>
public sealed partial class IndicatorTableParser(IReadOnlyList<Indicator> catalogue)
{
    public IndicatorTable? Parse(AppendixBlock block)
    {
        var sheet = block.Sheet;
        var header = TableHeader.Find(sheet, block.TitleRow + 1, block.EndRow);
        if (header is null) return null;

        var indicators = catalogue.Where(i => i.AppendixCode == block.Appendix.Code).ToList();
        var matcher = new IndicatorMatcher(indicators);
        var rows = new List<WideIndicatorRow>();
        var rejects = new List<RowReject>();
        var seen = new Dictionary<string, int>();
        Indicator? parent = null;
        Pending? pending = null;
        var lastRow = header.LastRow;
        var rowsWithValues = 0;
        var unmatchedWithValues = 0;
        foreach (var repeat in header.RepeatedYears)
            rejects.Add(new RowReject(sheet.Name, repeat.HeaderCell,
                $"Cột {repeat.HeaderCell} cũng ghi năm {repeat.Year} như cột {SheetGrid.Address(header.Row, repeat.FirstColumn)}; số liệu của cột này " +
                "không được nạp, hãy xóa cột trùng hoặc sửa năm ở tiêu đề (year column repeated)."));

        void Unmatched(Pending p)
        {
            if (p.Cells.Count == 0 && !p.Numbered) return; // a note or signature line under the table
            if (p.Cells.Count > 0) unmatchedWithValues++;
            rejects.Add(new RowReject(sheet.Name, SheetGrid.Address(p.Row, header.LabelColumn),
                $"Dòng \"{Shorten(p.Label)}\" không khớp chỉ tiêu nào của {block.Appendix.Code} trong danh mục; " +
                $"{(p.Cells.Count > 0 ? $"{p.Cells.Count} giá trị không được nạp" : "dòng bị bỏ qua")} (row matches no catalogue indicator)."));
        }

        void Accept(Indicator indicator, Pending p)
        {
            if (seen.TryGetValue(indicator.Code, out var firstRow))
            {
                rejects.Add(new RowReject(sheet.Name, SheetGrid.Address(p.Row, header.LabelColumn),
                    $"Chỉ tiêu \"{Shorten(indicator.Label)}\" lặp lại (đã có ở dòng {firstRow + 1}); dòng này không được nạp (duplicated row)."));
                return;
            }
            seen[indicator.Code] = p.Row;
            parent = indicator.ParentCode is null ? indicator : indicators.First(i => i.Code == indicator.ParentCode);
            if (indicator.UnitOfMeasure == "group" && p.Cells.Count > 0)
            {
                foreach (var cell in p.Cells.Values)
                    rejects.Add(new RowReject(sheet.Name, cell.Address,
                        $"Dòng \"{Shorten(indicator.Label)}\" là dòng tiêu đề nhóm, không nhận số liệu (heading row takes no value)."));
                return;
            }
            rows.Add(new WideIndicatorRow(indicator, p.Row, p.Cells));
        }

        for (var r = header.LastRow + 1; r <= block.EndRow; r++)
        {
            if (sheet.IsRowEmpty(r) || header.IsRepeat(sheet, r)) continue;
            if (FooterLine.IsFooterRow(sheet, r)) break;
            var stt = sheet.Text(r, header.SttColumn);
            var label = sheet.Text(r, header.LabelColumn);
            var marker = Marker().IsMatch(stt);
            // A long text in the STT column ("Chia theo tên loại VBQPPL", merged over sub-rows) only groups rows.
            if (!marker && stt.Length > 0 && label.Length == 0) { label = stt; }
            var numbered = marker && char.IsDigit(stt[0]);
            var cells = new Dictionary<int, RawCell>();
            foreach (var year in header.Years)
            {
                var value = sheet.Value(r, year.Column);
                if (value is null || value is string s && s.Trim().Length == 0) continue;
                cells[year.Year] = new RawCell(value, sheet.NumberFormat(r, year.Column), SheetGrid.Address(r, year.Column));
            }
            if (cells.Count > 0) { rowsWithValues++; lastRow = r; }
            var current = new Pending(r, label, numbered || (marker && stt[0] is 'I' or 'V' or 'X'), cells);
            if (label.Length == 0)
            {
                // Values with no label: the tail of a label split over rows, or a stray row.
                if (pending is not null && cells.Count > 0) { pending = pending.Merge(current); continue; }
                if (cells.Count > 0) Unmatched(current);
                continue;
            }

            if (pending is not null && !marker)
            {
                var joined = pending.Merge(current);
                if (matcher.Match(joined.Label, joined.Numbered, parent) is { } joinedMatch)
                {
                    Accept(joinedMatch, joined);
                    pending = null;
                    lastRow = Math.Max(lastRow, r);
                    continue;
                }
            }
            if (pending is not null) { Unmatched(pending); pending = null; }

            if (matcher.Match(label, numbered, parent) is { } match)
            {
                Accept(match, current);
                lastRow = Math.Max(lastRow, r);
            }
            else pending = current;
        }
        if (pending is not null) Unmatched(pending);
        return new IndicatorTable(header, lastRow, rows, rejects, rowsWithValues, unmatchedWithValues);
    }

    static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";

    sealed record Pending(int Row, string Label, bool Numbered, Dictionary<int, RawCell> Cells)
    {
        public Pending Merge(Pending next)
        {
            var cells = new Dictionary<int, RawCell>(Cells);
            foreach (var (year, cell) in next.Cells) cells.TryAdd(year, cell);
            return new Pending(Row, (Label + " " + next.Label).Trim(), Numbered, cells);
        }
    }

    [GeneratedRegex(@"^(\d+(\.\d+)*[\.\)]?|[IVX]+\.?|[a-zđ]\)|[-–—+•*])$")]
    private static partial Regex Marker();
}
