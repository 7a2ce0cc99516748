using System.Text.RegularExpressions;
using CCHC.Etl.Matching;
using CCHC.Etl.Reading;

namespace CCHC.Etl.Appendices;

/// <summary>The lines under a table on paper: place and date, signature blocks, notes. Wherever the clerk put them
/// (often under the right half of the table, in a year column), they end the table and are never values.</summary>
public static partial class FooterLine
{
    static readonly string[] Starts =
        ["nguoi lap bieu", "nguoi lap", "thu truong", "chu tich", "kt chu tich", "tm uy ban", "tm ubnd", "giam doc", "kt giam doc",
         "noi nhan", "ghi chu", "xac nhan", "lanh dao", "ky ten"];

    const int MaxPlaceAndDate = 200;

    public static bool IsFooter(string text)
    {
        if (text.Length == 0) return false;
        // A place-and-date line is short; on a long text the two ".*" backtrack cubically (seconds for one 10 000-character cell).
        if (text.Length <= MaxPlaceAndDate && PlaceAndDate().IsMatch(text)) return true;
        var folded = TextKey.Fold(text);
        return Starts.Any(s => folded == s || folded.StartsWith(s + " ", StringComparison.Ordinal));
    }

    public static bool IsFooterRow(SheetGrid sheet, int row)
    {
        for (var c = 0; c < sheet.ColumnCount; c++)
            if (sheet.Value(row, c) is string s && IsFooter(s.Trim())) return true;
        return false;
    }

    // "Tây Sơn, ngày 15 tháng 4 năm 2020", "Bình Định, ngày … tháng … năm 2020"
    [GeneratedRegex(@",\s*ngày\s.*tháng\s.*năm\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceAndDate();
}
