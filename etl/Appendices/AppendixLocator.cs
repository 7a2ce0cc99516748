using System.Text.RegularExpressions;
using CCHC.Etl.Matching;
using CCHC.Etl.Reading;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Appendices;

/// <summary>Recognises an appendix by its printed title ("PHỤ LỤC 3", "Phụ lục IX", "Phụ lục số 8"), never by the
/// sheet or file name: clerks name sheets "Sheet1" and files anything. A sheet may hold several appendices.</summary>
public static partial class AppendixLocator
{
    /// <summary>Titles found in the sheet, with the number printed. Unknown numbers are returned too so the
    /// caller can reject a mislabelled workbook instead of silently skipping it.</summary>
    public static IReadOnlyList<(int Row, int Column, int Number)> FindTitles(SheetGrid sheet)
    {
        var found = new List<(int, int, int)>();
        for (var r = 0; r < sheet.RowCount; r++)
            for (var c = 0; c < Math.Min(sheet.ColumnCount, 6); c++)
            {
                var text = sheet.Text(r, c);
                if (text.Length is 0 or > 60) continue;
                var m = Title().Match(TextKey.Fold(text));
                if (!m.Success) continue;
                var number = ToNumber(m.Groups[1].Value);
                if (number > 0) found.Add((r, c, number));
                break;
            }
        return found;
    }

    public static IReadOnlyList<AppendixBlock> Locate(SheetGrid sheet, IReadOnlyList<Appendix> appendices, out IReadOnlyList<(string Text, string Cell)> unknownTitles)
    {
        var titles = FindTitles(sheet);
        var blocks = new List<AppendixBlock>();
        var unknown = new List<(string, string)>();
        for (var i = 0; i < titles.Count; i++)
        {
            var (row, column, number) = titles[i];
            var end = i + 1 < titles.Count ? titles[i + 1].Row - 1 : sheet.RowCount - 1;
            var appendix = appendices.FirstOrDefault(a => a.Number == number);
            var cell = SheetGrid.Address(row, column);
            if (appendix is null) unknown.Add((sheet.Text(row, column), cell));
            else blocks.Add(new AppendixBlock(appendix, sheet, row, end, cell));
        }
        unknownTitles = unknown;
        return blocks;
    }

    static int ToNumber(string token)
    {
        if (int.TryParse(token, out var n)) return n;
        var total = 0;
        var previous = 0;
        foreach (var ch in token.ToUpperInvariant().Reverse())
        {
            var value = ch switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
            if (value == 0) return 0;
            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }
        return total;
    }

    [GeneratedRegex(@"^phu luc (?:so )?(\d{1,2}|[ivxlc]{1,6})(?: |$)")]
    private static partial Regex Title();
}
