using CCHC.Etl.Tests.Builders;
using CCHC.Etl.Tests.Hostile.Files;
using NPOI.POIFS.FileSystem;
using static CCHC.Etl.Tests.Hostile.Files.Submissions;

namespace CCHC.Etl.Tests.Hostile.Corpus;

/// <summary>Readable workbooks holding the wrong thing. A file that cannot be trusted as a whole (no appendix, the wrong
/// one, nothing in it) is refused whole; a bad cell or row costs only itself, named, and the rest loads.</summary>
public static class ContentMistakes
{
    const string PercentRow = "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)";

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        new("macro_workbook", "PL3_AnLao_macro.xlsm",
            path => new RawXlsx().Sheet("PL3", AnLaoClean()).WithVbaProject(VbaProject()).Save(Path.GetDirectoryName(path)!, Path.GetFileName(path)),
            new Loaded("Read for its values only: ExcelDataReader parses the cells' XML and never opens vbaProject.bin, and nothing in " +
                "the ETL can run a macro; refusing would only make clerks retype reports that Excel saved as .xlsm.", Expect.CleanFacts, [])),

        new("empty_workbook_no_sheets", "PL3_AnLao_no_sheets.xlsx",
            path => new RawXlsx().Save(Path.GetDirectoryName(path)!, Path.GetFileName(path)),
            new RefusedWhole("A package with no sheet at all.", ["trống", "empty workbook"])),

        new("empty_workbook_blank_sheet", "PL3_AnLao_blank.xlsx",
            path => new WorkbookBuilder().Sheet("Sheet1").Save(Path.GetDirectoryName(path)!, Path.GetFileName(path)),
            new RefusedWhole("One sheet, not one cell filled: said as such, not as a missing title.", ["trống", "empty workbook"])),

        new("unknown_title_none", "PL3_AnLao_no_title.xlsx",
            path => Xlsx(path, [.. AnLaoClean().Where(row => row.FirstOrDefault() is not "PHỤ LỤC 3")]),
            new RefusedWhole("A table with no \"PHỤ LỤC n\" title: appendices are told by their printed title, never guessed.",
                ["tìm thấy phụ lục", "PHỤ LỤC n", "no appendix title found"])),

        new("unknown_title_number", "PL3_AnLao_pl12.xlsx",
            path => Xlsx(path, [.. AnLaoClean().Select(row => row.FirstOrDefault() is "PHỤ LỤC 3" ? ["PHỤ LỤC 12"] : row)]),
            new RefusedWhole("\"PHỤ LỤC 12\" is in no catalogue: its sheet is refused rather than silently skipped, and with no other " +
                "appendix in the file, the file is refused whole; the reason says which appendix numbers exist.",
                ["ô A3: \"PHỤ LỤC 12\"", "PL1, PL2", "unknown appendix"], Sheet: "PL3", Cell: "A3")),

        new("wrong_appendix", "PL3_AnLao_is_pl7.xlsx",
            path => Xlsx(path, AnLao(
                ["1.", "Tỷ lệ văn bản hành chính được trao đổi dưới dạng điện tử", "80%", "85%", "90%", "92%", "95%", "96%"],
                ["2.", "Số đơn vị kết nối Trục liên thông VBQG", 10, 12, 14, 16, 18, 20],
                ["5.", "Số lượng chữ ký số", 30, 40, 50, 60, 70, 80])),
            new RefusedWhole("Titled Phụ lục 3, rows of Phụ lục 7: mislabelled, refused whole with the title's cell.",
                ["3/3", "không khớp", "does not match the appendix in its title"], Sheet: "PL3", Cell: "A3")),

        new("text_in_number", "PL3_AnLao_khoang.xlsx",
            path => Xlsx(path, AnLaoClean(["6.", "Tiếp nhận và xử lý PAKN về TTHC", null], ["-", "Số lượng PAKN đã tiếp nhận trong năm", 18, 19, "khoảng 20", 21, 22, 23])),
            new Loaded("\"khoảng 20\" (about 20) is no number: that cell is rejected and named, the rest of the row loads.",
                [.. Expect.CleanFacts, .. Expect.Row("PL3.6.1", 18, 19, null, 21, 22, 23)],
                [new("PL3", "E12", "\"khoảng 20\"", "not a number")])),

        new("negative_count", "PL3_AnLao_negative.xlsx",
            path => Xlsx(path, AnLaoClean(["6.", "Tiếp nhận và xử lý PAKN về TTHC", null], ["-", "Số lượng PAKN đã tiếp nhận trong năm", 18, -5, 20, 21, 22, 23])),
            new Loaded("A count below zero is a typo, not a value: rejected with its cell.",
                [.. Expect.CleanFacts, .. Expect.Row("PL3.6.1", 18, null, 20, 21, 22, 23)],
                [new("PL3", "D12", "Số lượng âm", "negative count")])),

        new("percent_over_100", "PL3_AnLao_120pc.xlsx",
            path => Xlsx(path, AnLaoClean(["5.", "Kết quả giải quyết hồ sơ TTHC", null], ["-", PercentRow, "97,5%", "120%", "98%", "99%", "99,5%", "100%"])),
            new Loaded("\"120%\" of files handled on time cannot be: rejected with its cell; 100% itself is fine.",
                [.. Expect.CleanFacts, .. Expect.Row("PL3.5.2", 97.5, null, 98, 99, 99.5, 100)],
                [new("PL3", "D12", "vượt quá 100%", "percentage over 100")])),

        new("formula_errors", "PL3_AnLao_div0.xlsx",
            path => new RawXlsx().Sheet("PL3", AnLaoClean(
                ["5.", "Kết quả giải quyết hồ sơ TTHC", null],
                ["-", PercentRow, new ErrorCell("#DIV/0!"), new Percent(0.975), new ErrorCell("#VALUE!"), new Percent(0.99), new ErrorCell("#REF!"), new Percent(1)]))
                .Save(Path.GetDirectoryName(path)!, Path.GetFileName(path)),
            new Loaded("Cached formula errors are rejected with their cells, never taken for \"not reported\" (ExcelDataReader 3.6 " +
                "reads them as empty cells; the reader puts them back).",
                [.. Expect.CleanFacts, .. Expect.Row("PL3.5.2", null, 97.5, null, 99, null, 100)],
                [new("PL3", "C12", "#DIV/0!", "formula error"), new("PL3", "E12", "#VALUE!", "formula error"), new("PL3", "G12", "#REF!", "formula error")])),

        new("formula_errors_xls", "PL3_AnLao_div0.xls",
            path => Xls(path, AnLaoClean(
                ["6.", "Tiếp nhận và xử lý PAKN về TTHC", null],
                ["-", "Số lượng PAKN đã tiếp nhận trong năm", 18, new ErrorCell("#DIV/0!"), 20, new FormulaCell("1/0", "#VALUE!"), 22, new ErrorCell("#REF!")])),
            new Loaded("The same in a legacy .xls, plain error cells and formulas caching an error alike (read back through NPOI).",
                [.. Expect.CleanFacts, .. Expect.Row("PL3.6.1", 18, null, 20, null, 22, null)],
                [new("PL3", "D12", "#DIV/0!", "formula error"), new("PL3", "F12", "#VALUE!", "formula error"), new("PL3", "H12", "#REF!", "formula error")])),

        new("duplicated_rows", "PL3_AnLao_twice.xlsx",
            path => Xlsx(path, AnLaoClean(["-", "Số lượng TTHC cấp huyện", 130, 131, 132, 133, 134, 135])),
            new Loaded("The same indicator twice in one table: the first row, where the printed order puts it, is kept; the repeat " +
                "is rejected pointing at it, so the steward sees both numbers and decides. Taking the later one, or a mean, " +
                "would invent a figure nobody signed.",
                Expect.CleanFacts,
                [new("PL3", "B11", "lặp lại", "dòng 8", "duplicated row")])),
    ];

    /// <summary>A VBA project as Excel stores it: an OLE file whose module would shell out if anything ever ran it.</summary>
    static byte[] VbaProject()
    {
        var filesystem = new POIFSFileSystem();
        var vba = filesystem.CreateDirectory("VBA");
        vba.CreateDocument("Module1", new MemoryStream("Attribute VB_Name = \"Module1\"\r\nSub Workbook_Open()\r\n  Shell \"calc.exe\"\r\nEnd Sub\r\n"u8.ToArray()));
        using var bytes = new MemoryStream();
        filesystem.WriteFileSystem(bytes);
        return bytes.ToArray();
    }
}
