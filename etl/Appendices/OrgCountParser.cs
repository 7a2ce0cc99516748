using System.Text.RegularExpressions;
using CCHC.Etl.Matching;
using CCHC.Etl.Reading;
using CCHC.Etl.Values;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Appendices;

/// <summary>Reads Phụ lục 4, a different shape: three sections (I tỉnh, II huyện, III sự nghiệp by sector), each
/// with a header of count columns (two header rows in section III: sector over owner) and one row per period.</summary>
public sealed partial class OrgCountParser(IReadOnlyList<OrgMeasure> catalogue)
{
    public sealed record Result(int FirstRow, int LastRow, IReadOnlyList<OrgCountFact> Facts, IReadOnlyList<RowReject> Rejects);

    public Result? Parse(AppendixBlock block)
    {
        var sheet = block.Sheet;
        var facts = new List<OrgCountFact>();
        var rejects = new List<RowReject>();
        var sections = FindSections(sheet, block);
        if (sections.Count == 0) return null;
        int first = int.MaxValue, last = block.TitleRow;

        for (var s = 0; s < sections.Count; s++)
        {
            var (sectionRow, section) = sections[s];
            var end = s + 1 < sections.Count ? sections[s + 1].Row - 1 : block.EndRow;
            var measures = catalogue.Where(m => m.Section == section).ToList();
            var periodRows = Enumerable.Range(sectionRow + 1, Math.Max(0, end - sectionRow))
                .Select(r => (Row: r, Period: PeriodOf(sheet, r))).Where(p => p.Period is not null).ToList();
            if (periodRows.Count == 0) continue;
            var headerTop = sectionRow + 1;
            var headerBottom = periodRows[0].Row - 1;
            first = Math.Min(first, sectionRow);

            for (var c = 0; c < sheet.ColumnCount; c++)
            {
                var top = sheet.MergedText(headerTop, c);
                var bottom = headerBottom > headerTop ? sheet.MergedText(headerBottom, c) : "";
                var measure = MatchColumn(measures, top, bottom);
                foreach (var (row, period) in periodRows)
                {
                    var value = sheet.Value(row, c);
                    if (value is null || value is string str && str.Trim().Length == 0) continue;
                    var address = SheetGrid.Address(row, c);
                    if (measure is null)
                    {
                        if (IsLabelColumn(top)) continue;
                        rejects.Add(new RowReject(sheet.Name, address,
                            $"Cột \"{(top + " " + bottom).Trim()}\" của mục {section} không có trong danh mục Phụ lục 4; giá trị không được nạp (column not in catalogue)."));
                        continue;
                    }
                    var parsed = CellValueParser.Parse(value, sheet.NumberFormat(row, c), "count");
                    if (parsed.Error is not null) rejects.Add(new RowReject(sheet.Name, address, parsed.Error));
                    else if (parsed.Value is { } v) facts.Add(new OrgCountFact(measure.Code, period!, v, address));
                    last = Math.Max(last, row);
                }
            }
        }
        return first == int.MaxValue ? null : new Result(first, last, facts, rejects);
    }

    static OrgMeasure? MatchColumn(List<OrgMeasure> measures, string top, string bottom)
    {
        var topKey = TextKey.Label(top);
        var bottomKey = TextKey.Label(bottom);
        foreach (var m in measures)
        {
            if (m.Sector is not null && m.OwnerLevel is not null)
            {
                if (Same(topKey, m.Sector) && Same(bottomKey, m.OwnerLevel)) return m;
            }
            else if (Same(topKey, m.Label) || (bottomKey.Length > 0 && Same(bottomKey, m.Label))) return m;
        }
        return null;
    }

    static bool Same(string key, string catalogueText)
    {
        var other = TextKey.Label(catalogueText);
        return key == other || LabelSimilarity.Dice(key, other) >= 0.85;
    }

    static bool IsLabelColumn(string header)
    {
        var key = TextKey.Fold(header);
        return key.Contains("giai doan", StringComparison.Ordinal) || key.Contains("tinh thanh pho", StringComparison.Ordinal)
            || key.Contains("ghi chu", StringComparison.Ordinal) || key.Contains("don vi", StringComparison.Ordinal) && key.Length < 12;
    }

    static string? PeriodOf(SheetGrid sheet, int row)
    {
        for (var c = 0; c < Math.Min(sheet.ColumnCount, 4); c++)
        {
            var m = Period().Match(sheet.Text(row, c));
            if (m.Success) return $"{m.Groups[1].Value}-{m.Groups[2].Value}";
        }
        return null;
    }

    static List<(int Row, string Section)> FindSections(SheetGrid sheet, AppendixBlock block)
    {
        var found = new List<(int, string)>();
        for (var r = block.TitleRow + 1; r <= block.EndRow; r++)
            for (var c = 0; c < Math.Min(sheet.ColumnCount, 3); c++)
            {
                var m = Section().Match(sheet.Text(r, c));
                if (m.Success) { found.Add((r, m.Groups[1].Value.ToUpperInvariant())); break; }
            }
        return found;
    }

    [GeneratedRegex(@"^\s*(I{1,3})\s*[\.\)]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Section();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})")]
    private static partial Regex Period();
}
