using CCHC.Etl.Tests.Hostile.Files;
using static CCHC.Etl.Tests.Hostile.Files.Submissions;

namespace CCHC.Etl.Tests.Hostile.Corpus;

/// <summary>Text aimed at whatever shows it later (a browser, a spreadsheet) or at the reader's own patterns. The ETL
/// stores text as text: the literal characters reach the warehouse, nothing is run, rendered or evaluated, and the
/// dashboard and exports escape it where they show it. Only control characters, invisible in Excel, are dropped.</summary>
public static class HostileText
{
    public const string Script = "<script>alert(1)</script>";
    public const string HyperlinkText = "=HYPERLINK(\"http://evil\",\"x\")";
    public static readonly string LongLabel = "Số lượng TTHC " + string.Concat(Enumerable.Repeat("rất dài ", 1250))[..(10_000 - 14)];
    // ", ngày … tháng …" with no "năm": the footer pattern's worst case.
    public static readonly string Backtracking = string.Concat(Enumerable.Repeat(", ngày tháng ", 770));

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        new("script_in_label_and_sheet_name", "PL3_AnLao_script.xlsx",
            path => new RawXlsx().Sheet(Script, AnLaoClean(["4.", Script, 7, 7, 7, 7, 7, 7])).Save(Path.GetDirectoryName(path)!, Path.GetFileName(path)),
            new Loaded("A <script> label and sheet name are kept as the literal text in the reject and its sheet; never run here.",
                Expect.CleanFacts, [new(Script, "B11", $"\"{Script}\"", "row matches no catalogue indicator")])),

        new("spreadsheet_formula_in_label", "PL3_AnLao_hyperlink.xlsx",
            path => new RawXlsx().Sheet("PL3", AnLaoClean(
                ["4.", HyperlinkText, 7, 7, 7, 7, 7, 7],
                ["5.", new FormulaCell("HYPERLINK(\"http://evil\",\"x\")", "x"), 8, 8, 8, 8, 8, 8])).Save(Path.GetDirectoryName(path)!, Path.GetFileName(path)),
            new Loaded("Text that a spreadsheet would run (\"=HYPERLINK(…)\") is stored literally; a real formula cell gives its cached " +
                "value (\"x\") and is never evaluated. Exports prefix such text with an apostrophe (SafeText).",
                Expect.CleanFacts,
                [new("PL3", "B11", HyperlinkText, "row matches no catalogue indicator"), new("PL3", "B12", "\"x\"", "row matches no catalogue indicator")])),

        new("label_of_10000_chars", "PL3_AnLao_long_label.xlsx",
            path => new RawXlsx().Sheet("PL3", AnLaoClean(["4.", LongLabel, 7, 7, 7, 7, 7, 7])).Save(Path.GetDirectoryName(path)!, Path.GetFileName(path)),
            new Loaded("A 10 000-character label (within Excel's 32 767) is matched to nothing and reported shortened, so one cell " +
                "cannot flood the rejects page.",
                Expect.CleanFacts, [new("PL3", "B11", LongLabel[..77] + "…", "row matches no catalogue indicator") { MaxReasonChars = 300 }])),

        new("label_that_backtracks", "PL3_AnLao_backtrack.xlsx",
            path => new RawXlsx().Sheet("PL3", AnLaoClean(["4.", Backtracking, 7, 7, 7, 7, 7, 7], ["5.", Backtracking, 8, 8, 8, 8, 8, 8]))
                .Save(Path.GetDirectoryName(path)!, Path.GetFileName(path)),
            new Loaded("A 10 000-character \", ngày … tháng\" label made the footer pattern backtrack cubically (seconds a cell); " +
                "long texts are no longer tried as place-and-date lines.",
                Expect.CleanFacts,
                [new("PL3", "B11", "row matches no catalogue indicator") { MaxReasonChars = 300 },
                 new("PL3", "B12", "row matches no catalogue indicator") { MaxReasonChars = 300 }])),

        new("control_characters", "PL3_AnLao_control.xlsx",
            path => new RawXlsx().Sheet("PL3", AnLaoClean(
                ["6.", "Tiếp nhận và xử lý\u0000 PAKN về TTHC", null],
                ["-", "Số lượng PAKN đã\u0007 tiếp nhận trong năm\u0000", "18\u0000", 19, 20, "21\u001B", 22, "2\u00003"])).Save(Path.GetDirectoryName(path)!, Path.GetFileName(path)),
            new Loaded("NUL and other control characters (pasted from PDFs and web systems, invisible in Excel) are dropped as " +
                "the sheet is read, so the text is what the clerk saw: labels still match, \"18<NUL>\" is 18, \"2<NUL>3\" is 23. " +
                "No NUL reaches DuckDB.",
                [.. Expect.CleanFacts, .. Expect.Row("PL3.6.1", 18, 19, 20, 21, 22, 23)], [])),

        new("file_name_with_dot_dot_and_markup", "..\\..\\<img src=x onerror=alert(1)>.xlsx",
            path => Xlsx(path, AnLaoClean()),
            new Loaded("A name that would climb out of a Windows folder, with markup in it: only ever a name, stored as written; " +
                "the file is read from where the folder listing found it.", Expect.CleanFacts, [])),
    ];
}
