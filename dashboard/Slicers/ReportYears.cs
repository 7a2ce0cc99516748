using System.Globalization;

namespace CCHC.Dashboard.Slicers;

/// <summary>The years the report asks for, as the warehouse says (<c>ReportScopeAsync</c>: the catalogue's
/// reporting_period.csv, else the facts' years): the year slicer's range and the one column that holds part of a year
/// (2020 "tính đến 31/3", the first quarter only). Every "2020 (đến 31/3)", "quý I/2020" on screen is made here.</summary>
/// <param name="PartialUntil">The day the partial column ends ("31/3"); null when the catalogue does not say.</param>
public sealed record ReportYears(int First, int Last, int? Partial = null, string? PartialUntil = null)
{
    public IEnumerable<int> All => Enumerable.Range(First, Last - First + 1);

    public bool IsPartial(int year) => year == Partial;

    /// <summary>"tính đến 31/3", or "chưa trọn năm" without a day.</summary>
    public string PartialNote => PartialUntil is null ? "chưa trọn năm" : $"tính đến {PartialUntil}";

    /// <summary>What the partial column holds: "quý I" (to 31/3), "6 tháng đầu năm" (to 30/6), else "số liệu đến 15/5".</summary>
    public string PartialSpan => PartialMonth switch
    {
        3 => "quý I",
        6 => "6 tháng đầu năm",
        9 => "9 tháng đầu năm",
        _ => PartialUntil is null ? "một phần năm" : $"số liệu đến {PartialUntil}",
    };

    /// <summary>"quý I/2020", "6 tháng đầu năm 2025": the partial year's share, for the toggle and the notes.</summary>
    public string PartialName => PartialMonth == 3 ? $"{PartialSpan}/{Partial}" : $"{PartialSpan} {Partial}";

    /// <summary>The partial year named short, over a line chart's column: "Q1/2020", "6 tháng/2025".</summary>
    public string ShortName => PartialMonth switch
    {
        3 => $"Q1/{Partial}",
        6 or 9 => $"{PartialMonth} tháng/{Partial}",
        _ => $"{Partial}",
    };

    /// <summary>A year as a year picker lists it: "2019", "2020 (đến 31/3)".</summary>
    public string Option(int year) => !IsPartial(year) ? Text(year) : PartialUntil is null ? $"{Text(year)} (chưa trọn năm)" : $"{Text(year)} (đến {PartialUntil})";

    // "31/3" → 3; a day the catalogue writes otherwise ("31-3", "cuối quý") has no month to name.
    int? PartialMonth => PartialUntil?.Split('/') is [_, var month] && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : null;

    static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);
}
