using System.Text.RegularExpressions;

namespace CCHC.Etl.Appendices;

/// <summary>Finds the report date written around an appendix: "Tây Sơn, ngày 15 tháng 4 năm 2020",
/// "(Kèm theo Báo cáo số 45/BC-UBND ngày 15/4/2020 …)", or a date cell. Only cells outside the table are read,
/// since target texts quote decrees with their own dates ("Nghị định số 43/2011/NĐ-CP ngày 13 tháng 6 năm 2011").</summary>
public static partial class ReportDateFinder
{
    public static DateOnly? Find(IEnumerable<NarrativeCell> narrative)
    {
        DateOnly? latest = null;
        foreach (var cell in narrative)
        {
            foreach (var date in DatesIn(cell))
                if (latest is null || date > latest) latest = date;
        }
        return latest;
    }

    static IEnumerable<DateOnly> DatesIn(NarrativeCell cell)
    {
        if (cell.Value is DateTime dt && dt.Year is >= 2000 and <= 2100)
        {
            yield return DateOnly.FromDateTime(dt);
            yield break;
        }
        foreach (Match m in Words().Matches(cell.Text))
            if (Make(m) is { } d) yield return d;
        foreach (Match m in Slashes().Matches(cell.Text))
            if (Make(m) is { } d) yield return d;
    }

    static DateOnly? Make(Match m)
    {
        var day = int.Parse(m.Groups[1].Value);
        var month = int.Parse(m.Groups[2].Value);
        var year = int.Parse(m.Groups[3].Value);
        if (year is < 2000 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    [GeneratedRegex(@"ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Words();

    [GeneratedRegex(@"(?:ngày|ngày báo cáo:?)\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Slashes();
}
