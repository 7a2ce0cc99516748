using System.Text.RegularExpressions;
using CCHC.Etl.Matching;
using CCHC.Etl.Reading;

namespace CCHC.Etl.Appendices;

/// <summary>A year column of an indicator table. <see cref="IsPartial"/> marks "Năm 2020 (Tính đến 31/3)".</summary>
public sealed record YearColumn(int Column, int Year, bool IsPartial);

/// <summary>A second column headed with a year already taken: its values are not read, and the clerk is told.</summary>
public sealed record RepeatedYearColumn(int Column, int Year, int FirstColumn, string HeaderCell);

/// <summary>Where an indicator table's header sits and what its columns mean. Headers come as one row
/// ("Năm\n2020\n(Tính đến 31/3)") or two ("Năm" merged over the year cells below). Columns beside the years that clerks
/// add or the template has ("Đơn vị tính", "Tổng giai đoạn 2016-2020", "Cộng", "Ghi chú") are not years.</summary>
public sealed partial record TableHeader(int Row, int LastRow, int SttColumn, int LabelColumn, IReadOnlyList<YearColumn> Years)
{
    public IReadOnlyList<RepeatedYearColumn> RepeatedYears { get; init; } = [];

    // A header starting so is a total, a comparison or a note over the years, whatever year it names.
    static readonly string[] NotYearHeads =
        ["tong", "cong", "ghi chu", "don vi tinh", "dvt", "giai doan", "binh quan", "trung binh", "tang giam", "so sanh", "ke hoach", "luy ke", "ty le tang"];

    static readonly string[] LabelHeads = ["chi tieu", "nhiem vu", "tieu chi", "noi dung", "muc tieu"];

    public static TableHeader? Find(SheetGrid sheet, int fromRow, int toRow)
    {
        for (var r = fromRow; r <= toRow; r++)
        {
            var stt = FindStt(sheet, r);
            if (stt < 0) continue;
            var label = -1;
            for (var c = stt + 1; c < sheet.ColumnCount && label < 0; c++)
                if (LabelHeads.Any(h => TextKey.Fold(sheet.MergedText(r, c)).Contains(h, StringComparison.Ordinal))) label = c;
            if (label < 0) label = stt + 1;

            // Rows below the header row belong to it only while their STT and label cells are empty (merged from above);
            // otherwise they are data, and a count of 2016 is not a year.
            var headerEnd = r;
            while (headerEnd < Math.Min(r + 2, toRow) && sheet.Text(headerEnd + 1, stt).Length == 0 && sheet.Text(headerEnd + 1, label).Length == 0)
                headerEnd++;
            var years = new List<YearColumn>();
            var repeated = new List<RepeatedYearColumn>();
            var lastRow = r;
            for (var c = label + 1; c < sheet.ColumnCount; c++)
            {
                var text = "";
                for (var h = r; h <= headerEnd; h++)
                {
                    var cellText = sheet.MergedText(h, c);
                    if (h > r && !Year().IsMatch(cellText) && !IsPartialText(cellText)) continue;
                    text += " " + cellText;
                    if (h > r && cellText.Length > 0 && Year().IsMatch(cellText)) lastRow = Math.Max(lastRow, h);
                }
                if (YearOf(text) is not { } year) continue;
                if (years.FirstOrDefault(y => y.Year == year) is { } first)
                    repeated.Add(new RepeatedYearColumn(c, year, first.Column, SheetGrid.Address(r, c)));
                else years.Add(new YearColumn(c, year, IsPartialText(text)));
            }
            if (years.Count == 0) continue;
            return new TableHeader(r, lastRow, stt, label, years) { RepeatedYears = repeated };
        }
        return null;
    }

    /// <summary>A header row repeated at a page break, or the "(1) (2) (3)" column-number row.</summary>
    public bool IsRepeat(SheetGrid sheet, int row)
    {
        if (TextKey.Fold(sheet.Text(row, SttColumn)) is "stt" or "tt" or "so tt") return true;
        var label = TextKey.Fold(sheet.Text(row, LabelColumn));
        if (LabelHeads.Any(h => label == h || label.StartsWith(h + " ", StringComparison.Ordinal) && label.Length < 25)) return true;
        if (Years.Any(y => TextKey.Fold(sheet.Text(row, y.Column)) is var t && t.StartsWith("nam", StringComparison.Ordinal))) return true;
        // The second row of a two-row header repeated at a page break: every year cell holds its own year.
        if (sheet.Text(row, LabelColumn).Length == 0 && Years.All(y => sheet.Text(row, y.Column).StartsWith(y.Year.ToString(), StringComparison.Ordinal)))
            return true;
        return IsColumnNumberRow(sheet, row);
    }

    /// <summary>"(1) (2) (3) …", "1 2 3 …" or "A B C 1 2 …": the row printed under a header to number its columns. Letters
    /// (for the text columns) come first and run A, B, C; numbers run on by one.</summary>
    bool IsColumnNumberRow(SheetGrid sheet, int row)
    {
        var letters = new List<char>();
        var numbers = new List<int>();
        for (var c = SttColumn; c < sheet.ColumnCount; c++)
        {
            var text = sheet.Text(row, c).Trim('(', ')', ' ');
            if (text.Length == 0) continue;
            if (int.TryParse(text, out var n)) numbers.Add(n);
            else if (text.Length == 1 && char.IsAsciiLetterUpper(text[0]) && numbers.Count == 0) letters.Add(text[0]);
            else return false;
        }
        static bool Runs<T>(List<T> items, Func<T, int> value) => items.Zip(items.Skip(1)).All(p => value(p.Second) == value(p.First) + 1);
        return letters.Count + numbers.Count >= 3 && Runs(letters, l => l) && Runs(numbers, n => n) && (letters.Count == 0 || letters[0] == 'A');
    }

    /// <summary>The one year a column header names ("Năm 2019", "2020 (tính đến 31/3/2020)"); null for a period
    /// ("2016-2020"), two different years, or a total or note column.</summary>
    static int? YearOf(string text)
    {
        var folded = TextKey.Fold(text);
        if (NotYearHeads.Any(h => folded == h || folded.StartsWith(h + " ", StringComparison.Ordinal))) return null;
        if (Period().IsMatch(text)) return null;
        var years = Year().Matches(text).Select(m => int.Parse(m.Value)).Distinct().ToList();
        return years.Count == 1 ? years[0] : null;
    }

    static int FindStt(SheetGrid sheet, int row)
    {
        for (var c = 0; c < Math.Min(sheet.ColumnCount, 4); c++)
            if (TextKey.Fold(sheet.Text(row, c)) is "stt" or "tt" or "so tt" or "so thu tu") return c;
        return -1;
    }

    static bool IsPartialText(string text)
    {
        var folded = TextKey.Fold(text);
        return folded.Contains("tinh den", StringComparison.Ordinal) || folded.Contains("31 3", StringComparison.Ordinal)
            || folded.Contains("quy i", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)")]
    private static partial Regex Year();

    // "2016-2020", "2016 – 2020", "2011/2020": a period, not a year.
    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}\s*[-–—/]\s*(19|20)\d{2}(?!\d)")]
    private static partial Regex Period();
}
