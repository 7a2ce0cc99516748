namespace CCHC.Etl.Templates;

/// <summary>The year columns of Phụ lục 1–3 and 5–7 in the 2020 report: 2015 to 2019 whole years, and 2020 up to
/// 31 March only (the report was due in April), which is why flows in that column are about a quarter of a year.</summary>
public static class AppendixYears
{
    public const int First = 2015;
    public const int PartialYear = 2020;
    public const int ReportYear = 2020;

    public static IReadOnlyList<int> All { get; } = Enumerable.Range(First, PartialYear - First + 1).ToArray();

    /// <summary>Phụ lục 4 counts organisations at the end of two periods.</summary>
    public static IReadOnlyList<(string Period, string Text)> OrgPeriods { get; } =
    [
        ("2001-2010", "Giai đoạn 2001-2010 (Tính đến 12/2010)"),
        ("2011-2020", "Giai đoạn 2011-2020 (Tính đến 12/2019)"),
    ];
}
