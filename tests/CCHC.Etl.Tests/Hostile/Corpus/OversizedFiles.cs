using CCHC.Etl.Tests.Builders;
using CCHC.Etl.Tests.Hostile.Files;
using static CCHC.Etl.Tests.Hostile.Files.Submissions;

namespace CCHC.Etl.Tests.Hostile.Corpus;

/// <summary>Files built to exhaust the server: refused at the first limit they cross (<see cref="Reading.ReadLimits"/>),
/// in bounded memory and time, with the limit and the place named. One large but harmless workbook is read.</summary>
public static class OversizedFiles
{
    public const int MillionRows = 1_000_000;

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        new("zip_bomb", "PL3_AnLao_bomb.xlsx",
            path => ZipBomb.Write(Path.GetDirectoryName(path)!, Path.GetFileName(path), inflatedMegabytes: 3072),
            new RefusedWhole("A 3 MB file whose sheet inflates to 3 GB: refused from the zip directory's declared sizes, unread.",
                ["bom zip", "zip bomb", "3 072 MB", "refused unread"], Sheet: "PL3")),

        new("zip_bomb_understated", "PL3_AnLao_bomb_lies.xlsx",
            path => ZipBomb.Write(Path.GetDirectoryName(path)!, Path.GetFileName(path), inflatedMegabytes: 3072, declaredBytes: 64 * 1024),
            new RefusedWhole("The same bomb declaring 64 KB: inflating stops at the declared size, the sheet XML ends mid-way, corrupt.",
                ["hỏng", "corrupt"])),

        new("million_rows", "PL3_AnLao_million.xlsx",
            path => new RawXlsx().Sheet("PL3", w =>
            {
                RawXlsx.WriteRows(w, AnLaoClean());
                for (var r = AnLaoClean().Length + 1; r <= MillionRows; r++)
                    w.Write($"<row r=\"{r}\"><c r=\"A{r}\"><v>{r}</v></c></row>");
            }).Save(Path.GetDirectoryName(path)!, Path.GetFileName(path)),
            new RefusedWhole("A million rows of values (about 54 MB of XML, under the 64 MB a part may inflate to): reading stops at the " +
                "first value past row 20 000, and says where.",
                ["20 000 dòng", "reading stopped"], Sheet: "PL3", Cell: "A20001")),

        new("xls_past_row_limit", "PL3_AnLao_long.xls",
            path => Xls(path, [.. AnLaoClean(), .. Enumerable.Repeat(Array.Empty<object?>(), 29_989), ["x"]]),
            new RefusedWhole("A legacy .xls (no XML to scan ahead) with a value in row 30 000: the row reader stops there.",
                ["20 000 dòng", "reading stopped"], Sheet: "PL3", Cell: "A30000")),

        new("far_column", "PL3_AnLao_wide.xlsx",
            path => new RawXlsx().Sheet("PL3", w =>
            {
                RawXlsx.WriteRows(w, AnLaoClean());
                w.Write("<row r=\"12\"><c r=\"XFD12\"><v>1</v></c></row>");
            }).Save(Path.GetDirectoryName(path)!, Path.GetFileName(path)),
            new RefusedWhole("A value in XFD, the last of 16 384 columns: every row would be that wide; refused before the first row.",
                ["cột XFD", "sheet too wide"], Sheet: "PL3")),

        new("huge_cell", "PL3_AnLao_huge_cell.xlsx",
            path => new RawXlsx().Sheet("PL3", AnLaoClean(["4.", new string('x', 40_000), 1])).Save(Path.GetDirectoryName(path)!, Path.GetFileName(path)),
            new RefusedWhole("A cell of 40 000 characters, more than Excel can hold: not a clerk's file.",
                ["40 000 ký tự", "cell text too long"], Sheet: "PL3", Cell: "B11")),

        // A CSV export or a Word report meets the same limits as a workbook, named the same way.
        new("csv_past_row_limit", "PL3_AnLao_long.csv",
            path => CsvFile.Write(path, [.. AnLaoClean(), .. Enumerable.Repeat(Array.Empty<object?>(), 29_989), ["x"]]),
            new RefusedWhole("A CSV export with a value on line 30 000: past the rows an appendix can have, refused where it is.",
                ["20 000 dòng", "reading stopped"], Sheet: "PL3_AnLao_long", Cell: "A30000")),

        new("csv_wide", "PL3_AnLao_wide.csv",
            path => CsvFile.Write(path, [.. AnLaoClean(), [.. Enumerable.Range(1, 300).Select(i => (object?)i)]]),
            new RefusedWhole("A CSV line of 300 fields: wider than any sheet may be.",
                ["cột KN", "300", "sheet too wide"], Sheet: "PL3_AnLao_wide")),

        new("csv_huge_cell", "PL3_AnLao_huge_cell.csv",
            path => CsvFile.Write(path, AnLaoClean(["4.", new string('x', 40_000), 1])),
            new RefusedWhole("A CSV field of 40 000 characters, more than an Excel cell holds.",
                ["40 000 ký tự", "cell text too long"], Sheet: "PL3_AnLao_huge_cell", Cell: "B11")),

        new("docx_past_row_limit", "PL3_AnLao_long.docx",
            path => new DocxBuilder().Paragraphs("PHỤ LỤC 3")
                .Table([.. Enumerable.Range(1, 20_050).Select(i => DocxRow.Of(i, "Dòng thêm", i))])
                .Save(Path.GetDirectoryName(path)!, Path.GetFileName(path)),
            new RefusedWhole("A Word table of 20 050 rows (a few MB, under the size limits): past the rows an appendix can have.",
                ["20 000 dòng", "reading stopped"], Sheet: "Bảng 1", Cell: "A20001")),

        new("billion_laughs", "PL3_AnLao_laughs.xlsx",
            path => new RawXlsx().Sheet("PL3", w => RawXlsx.WriteRows(w, AnLaoClean()), prologue:
                "<!DOCTYPE worksheet [<!ENTITY a \"hahahahaha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">" +
                "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">" +
                "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>")
                .Save(Path.GetDirectoryName(path)!, Path.GetFileName(path)),
            new RefusedWhole("A sheet with a DOCTYPE of nested entities (a gigabyte of \"ha\" if expanded): DTDs are refused, never expanded.",
                ["hỏng", "DTD"])),

        new("three_hundred_sheets", "PL3_AnLao_300_sheets.xlsx",
            path =>
            {
                var workbook = new RawXlsx();
                for (var i = 1; i < 300; i++) workbook.Sheet($"Ghi chú {i}", [[$"Ghi chú số {i}"]]);
                workbook.Sheet("PL3", AnLaoClean()).Save(Path.GetDirectoryName(path)!, Path.GetFileName(path));
            },
            new Loaded("300 sheets are many, not hostile: the one appendix among 299 note sheets loads.", Expect.CleanFacts, [])),
    ];
}
