using CCHC.Warehouse.Model;

namespace CCHC.Etl.Templates;

/// <summary>The year columns of Phụ lục 1–3 and 5–7, as the catalogue's reporting_period.csv gives them. In the 2020
/// report: 2015 to 2019 whole years, and 2020 up to 31 March only (the report was due in April), which is why flows
/// in that column are about a quarter of a year.</summary>
/// <param name="PartialYear">The column that holds part of a year only, if any.</param>
/// <param name="PartialUntil">The day it ends, as the header prints it ("31/3").</param>
public sealed record AppendixYears(int First, int Last, int? PartialYear, string? PartialUntil)
{
    /// <summary>The 2020 report's years: what the shipped sample describes, and a catalogue without
    /// reporting_period.csv (written before it) is taken to mean.</summary>
    public static AppendixYears Report2020 { get; } = new(2015, 2020, 2020, "31/3");

    public static AppendixYears Of(Catalogue catalogue) => catalogue.Period is { } p
        ? new AppendixYears(p.FirstYear, p.LastYear, p.PartialYear, p.PartialUntil)
        : Report2020;

    /// <summary>The year the report is made in: its last column's.</summary>
    public int ReportYear => Last;

    public IReadOnlyList<int> All => Enumerable.Range(First, Last - First + 1).ToArray();

    /// <summary>"(Tính đến 31/3)": the partial column's header note.</summary>
    public string PartialNote => PartialUntil is null ? "(Chưa trọn năm)" : $"(Tính đến {PartialUntil})";

    /// <summary>Phụ lục 4 counts organisations at the end of two periods.</summary>
    public static IReadOnlyList<(string Period, string Text)> OrgPeriods { get; } =
    [
        ("2001-2010", "Giai đoạn 2001-2010 (Tính đến 12/2010)"),
        ("2011-2020", "Giai đoạn 2011-2020 (Tính đến 12/2019)"),
    ];
}
