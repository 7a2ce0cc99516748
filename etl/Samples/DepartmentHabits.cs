using CCHC.Etl.Templates;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Samples;

/// <summary>How each provincial department sends the appendices it answers for the province (Section II.2 of the
/// plan): Sở Nội vụ Phụ lục 1, 4, 5, 8; Sở Tư pháp 2; Văn phòng UBND 3 and rows 10–13 of 7; Sở Tài chính 6;
/// Sở TT&amp;TT rows 1–9 of 7; Sở KH&amp;CN row 14 of 7. Which appendices is the catalogue's business; this is only how.</summary>
internal static class DepartmentHabits
{
    static DateOnly April(int day) => new(2020, 4, day);

    static readonly Dictionary<string, SubmissionHabits> ByDepartment = new()
    {
        ["SNV"] = new("SNV_BaoCao_CCHC_2020.xlsx", "PL{0}", new SheetStyle(), new(112, April(10)),
            "department workbook (A1 UBND TỈNH BÌNH ĐỊNH, A2 SỞ NỘI VỤ), sheets PL1, PL4, PL5, PL8; province-scale counts"),
        ["STP"] = new("STP_PhuLuc2_CCHC.xlsx", "Phụ lục {0}", new SheetStyle { YearHeader = YearHeader.LineBreaks }, new(96, April(9)),
            "department file, one sheet; header with line breaks"),
        ["VPUBND"] = new("VPUBND_PL3_PL7.xlsx", "PL{0}",
            new SheetStyle { Counts = CountText.TextWithThousandsDot, Percents = PercentText.TextWithComma }, new(134, April(13)),
            "department workbook with PL3 and PL7 (rows 10–13 only); counts as text \"1.834\"; header repeated in Phụ lục 3")
        {
            RepeatLongTableHeaderAfter = 14,
        },
        ["STC"] = new("STC_PhuLuc6.xlsx", "Sheet1", new SheetStyle { YearHeader = YearHeader.TwoRows }, new(77, April(10)),
            "department file; two-row header"),
        ["STTTT"] = new("PL7_STTTT.xlsx", "PL7", new SheetStyle { Numerals = TitleNumerals.Roman, Percents = PercentText.FractionFormatted },
            new(58, April(14)), "department file, PL7 rows 1–9 only; roman title; percent formatted 0.0%"),
        ["SKHCN"] = new("PL7_SKHCN.xlsx", "Biểu {0}", new SheetStyle(), new(41, April(8)),
            "department file, PL7 row 14 only (all rows shown, the rest empty)"),
    };

    public static SubmissionHabits For(Department department) =>
        ByDepartment.TryGetValue(department.Code, out var habits)
            ? habits
            : new($"{department.Code}_PhuLuc_CCHC.xlsx", "PL{0}", new SheetStyle(), new(100, April(15)), "department workbook");
}
