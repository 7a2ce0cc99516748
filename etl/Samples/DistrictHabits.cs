using CCHC.Etl.Templates;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Samples;

/// <summary>Each district's way of sending its report, spread so that the shipped samples exercise every habit the
/// reader must handle. A district missing here (a catalogue change) sends plain per-appendix files.</summary>
internal static class DistrictHabits
{
    static DateOnly April(int day) => new(2020, 4, day);

    static readonly Dictionary<string, SubmissionHabits> ByUnit = new()
    {
        ["540"] = new("phu-luc-{0}-quy-nhon.xlsx", "Phụ lục {0}",
            new SheetStyle { YearHeader = YearHeader.LineBreaks, Percents = PercentText.FractionFormatted, NoteColumn = true },
            new(41, April(14)),
            "file per appendix, kebab-case name; header with line breaks; percent as 0.987 formatted 0.0%; Ghi chú column with notes"),
        ["542"] = new("BaoCao_CCHC_AnLao.xlsx", "Sheet{0}",
            new SheetStyle { Numerals = TitleNumerals.Roman, Counts = CountText.TextWithThousandsDot, Percents = PercentText.TextWithComma, YesNo = YesNoText.Words },
            new(28, April(17)),
            "one workbook, sheets Sheet1–Sheet8; roman titles (PHỤ LỤC III); counts as text \"1.234\"; percent text \"98,7%\"; Có/Không; Phụ lục 7 column 2017 left empty")
        {
            EmptyColumns = [(7, 2017)],
        },
        ["543"] = new("BaoCao_CCHC_HoaiNhon.xls", "PL{0}",
            new SheetStyle { YearHeader = YearHeader.TwoRows },
            new(63, April(16)),
            "legacy .xls (BIFF8, written with NPOI); two-row header (\"Năm\" over bare years); issuer UBND THỊ XÃ HOÀI NHƠN (thị xã from 2020)"),
        ["544"] = new("PL{0}_HoaiAn.xlsx", "Sheet1",
            new SheetStyle { Percents = PercentText.TextWithCommaAndSpace, BlankRowBeforeSections = true },
            new(35, April(13)),
            "file per appendix; percent text \"98,7 %\"; blank rows between sections; Phụ lục 6 not sent")
        {
            NotSent = [6],
        },
        ["545"] = new("PhuLuc_CCHC_PhuMy_2020.xlsx", "Biểu {0}",
            new SheetStyle { YearHeader = YearHeader.LineBreaks, Labels = LabelText.DoubledSpaces, Percents = PercentText.FractionFormatted },
            new(52, April(15)),
            "one workbook, sheets \"Biểu 1\"–\"Biểu 8\"; labels with doubled spaces; header repeated at a page break in Phụ lục 3")
        {
            RepeatLongTableHeaderAfter = 10,
        },
        ["546"] = new("BaoCao_CCHC_VinhThanh.xlsx", "PL{0}",
            new SheetStyle { Numerals = TitleNumerals.Roman, YearHeader = YearHeader.LineBreaks, Counts = CountText.TextWithThousandsDot },
            new(19, April(20)),
            "one workbook; roman titles; counts as text with thousands dot; Phụ lục 7 column 2017 left empty")
        {
            EmptyColumns = [(7, 2017)],
        },
        ["547"] = new("PL{0}_TaySon.xlsx", "PL{0}",
            new SheetStyle { YearHeader = YearHeader.TwoRows, NoteColumn = true, Percents = PercentText.TextWithComma, YesNo = YesNoText.Words },
            new(45, April(15)),
            "file per appendix; two-row header; Ghi chú column; percent text \"98,7%\"; Có/Không; Phụ lục 3 resubmitted later")
        {
            Resubmission = new(3, "PL3_TaySon_bo-sung.xlsx", new(58, April(28))),
        },
        ["548"] = new("BaoCao_CCHC_PhuCat.xlsx", "Sheet{0}",
            new SheetStyle { Labels = LabelText.Wrapped, Counts = CountText.TextWithThousandsDot, Percents = PercentText.FractionFormatted },
            new(71, April(14)),
            "one workbook, Sheet1–Sheet8; labels wrapped with a line break; counts as text; header repeated in Phụ lục 3")
        {
            RepeatLongTableHeaderAfter = 14,
        },
        ["549"] = new("phu-luc-{0}-an-nhon.xlsx", "Biểu {0}",
            new SheetStyle { Numerals = TitleNumerals.Roman, YearHeader = YearHeader.LineBreaks, Percents = PercentText.TextWithComma, NoteColumn = true },
            new(88, April(16)),
            "file per appendix; roman titles; header with line breaks; Ghi chú column; header repeated in Phụ lục 3")
        {
            RepeatLongTableHeaderAfter = 12,
        },
        ["550"] = new("TuyPhuoc_BaoCao_CCHC.xlsx", "PL{0}",
            new SheetStyle { YearHeader = YearHeader.TwoRows, BlankRowBeforeSections = true, Labels = LabelText.Wrapped, YesNo = YesNoText.Words },
            new(37, April(17)),
            "one workbook; two-row header; blank rows; wrapped labels; Có/Không"),
        ["551"] = new("BaoCao_CCHC_VanCanh.xlsx", "Biểu {0}",
            new SheetStyle { Numerals = TitleNumerals.Roman, Labels = LabelText.DoubledSpaces, Percents = PercentText.TextWithCommaAndSpace },
            new(24, April(21)),
            "one workbook, \"Biểu 1\"–\"Biểu 8\"; roman titles; doubled spaces; percent text \"98,7 %\""),
    };

    public static SubmissionHabits For(Unit unit) =>
        ByUnit.TryGetValue(unit.Code, out var habits)
            ? habits
            : new($"PL{{0}}_{AdministrativeNames.Ascii(unit.Name)}.xlsx", "PL{0}", new SheetStyle(), new(30, April(15)),
                "file per appendix, the template's layout");
}
