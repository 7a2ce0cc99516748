using System.IO.Compression;
using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.Reading;

/// <summary>Word reports through the whole loader: the same facts as from a workbook, traced to "Bảng n" and a cell.</summary>
public class WordReportTests
{
    const string Verdicts =
        "select target_no, achieved, coalesce(result_text, '') as result_text, verdict_text, unit_code " +
        "from v_target_evaluation where programme = '2011-2025' order by target_no";

    [Fact]
    public void Phu_luc_IX_in_Word_gives_the_same_22_verdicts_as_the_shipped_workbook()
    {
        using var word = new LoadedFolder();
        PhuLucIxDocx.AppendTo(new DocxBuilder()).Save(word.Input.Path, "PhuLucIX_BaoCao2025.docx");
        using var workbook = new LoadedFolder();
        File.Copy(Path.Combine(Repo.Workbooks, "PhuLucIX_BaoCao2025_UBND_tinh_BinhDinh.xlsx"), workbook.Input.File("PhuLucIX.xlsx"));

        Assert.Equal(0, word.Load().ExitCode);
        Assert.Equal(0, workbook.Load().ExitCode);

        var fromWord = word.Query<(int TargetNo, bool Achieved, string Result, string Verdict, string Unit)>(Verdicts);
        Assert.Equal(workbook.Query<(int, bool, string, string, string)>(Verdicts), fromWord);
        Assert.Equal(22, fromWord.Count);
        Assert.Equal(15, fromWord.Count(v => v.Achieved));
        Assert.Equal([4, 6, 11, 14, 16, 17, 21], fromWord.Where(v => !v.Achieved).Select(v => v.TargetNo));
        Assert.All(fromWord, v => Assert.Equal("52", v.Unit));
    }

    [Fact]
    public void Verdict_written_under_the_result_column_is_traced_to_its_row_and_column_in_the_grid()
    {
        using var word = new LoadedFolder();
        PhuLucIxDocx.AppendTo(new DocxBuilder()).Save(word.Input.Path, "PhuLucIX_BaoCao2025.docx");
        word.Load();

        var cells = word.Query<(int TargetNo, string Sheet, string Cell)>(
            "select target_no, source_sheet, source_cell from v_target_evaluation where target_no in (4, 21, 22) order by target_no");

        // Five title lines are rows 1-5, the header row 6, targets 1-5 rows 7-11; each later page part repeats the
        // header row (rows 12 and 21) and is appended to the same grid.
        Assert.Equal([(4, "Bảng 1", "C10"), (21, "Bảng 1", "C29"), (22, "Bảng 1", "D30")], cells);
    }

    [Fact]
    public void Phu_luc_IX_after_pages_of_report_text_is_read_as_the_provinces_own()
    {
        using var word = new LoadedFolder();
        var report = new DocxBuilder()
            .Table(DocxRow.Of("UBND TỈNH BÌNH ĐỊNH\nSố: 150/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Định, ngày 20 tháng 6 năm 2025"))
            .Paragraphs("BÁO CÁO", "Tổng kết thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2025");
        for (var i = 1; i <= 40; i++)
            report.Paragraphs($"{i}. Nội dung đánh giá thứ {i} về công tác cải cách hành chính trên địa bàn tỉnh trong giai đoạn.");
        report
            .Table(DocxRow.Header("STT", "Nội dung", "Kết quả"), DocxRow.Of("1", "Số TTHC được công bố", "1.234"))
            // The last lines before the appendix's page: were they read as its heading, the file would be rejected
            // for naming two districts, or filed under the department with the decree's date.
            .Paragraphs(
                "Thực hiện Quyết định số 20/QĐ-BCĐCCHC ngày 20 tháng 12 năm 2019 của Ban Chỉ đạo cải cách hành chính của Chính phủ.",
                "Sở Nội vụ chủ trì tổng hợp",
                "UBND huyện Tây Sơn, UBND huyện Hoài Ân hoàn thành sớm",
                "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
            .PageBreak();
        PhuLucIxDocx.AppendTo(report).Save(word.Input.Path, "BaoCao_CCHC_2025.docx");

        Assert.Equal(0, word.Load().ExitCode);

        var submission = word.Query<(string Unit, string? Department, string? ReportDate, string Sheet)>(
            "select unit_code, department_code, cast(report_date as varchar), sheet from v_submission").Single();
        Assert.Equal(("52", null, null, "Bảng 3"), submission);
        var verdicts = word.Query<(int TargetNo, bool Achieved, string Result, string Verdict, string Unit)>(Verdicts);
        Assert.Equal(22, verdicts.Count);
        Assert.Equal([4, 6, 11, 14, 16, 17, 21], verdicts.Where(v => !v.Achieved).Select(v => v.TargetNo));
    }

    [Fact]
    public void District_Phu_luc_3_in_Word_with_merged_header_loads_its_values_unit_and_date()
    {
        using var word = new LoadedFolder();
        DocxRow[] header =
        [
            DocxRow.Header(DocxCell.MergedDown("STT"), DocxCell.MergedDown("Chỉ tiêu"), DocxCell.Across("Số liệu qua các năm", 6)),
            DocxRow.Header(DocxCell.Continued, DocxCell.Continued, "Năm\n2015", "Năm\n2016", "Năm\n2017", "Năm\n2018", "Năm\n2019", "Năm\n2020\n(Tính đến 31/3)"),
        ];
        new DocxBuilder()
            .Paragraphs("UBND HUYỆN TÂY SƠN", "PHỤ LỤC 3", "Thống kê các chỉ tiêu tại lĩnh vực cải cách thủ tục hành chính",
                "(Kèm theo Báo cáo số 45/BC-UBND ngày 15/4/2020 của UBND huyện Tây Sơn)")
            .Table([.. header,
                DocxRow.Of("1.", "Tổng số TTHC của tỉnh", "", "", "", "", "", ""),
                DocxRow.Of("-", "Số lượng TTHC cấp huyện", "250", "260", "270", "280", "1.290", "300")])
            .PageBreak()
            .Table([.. header,
                DocxRow.Of("5.", "Kết quả giải quyết hồ sơ TTHC", "", "", "", "", "", ""),
                DocxRow.Of("-", "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)", "97,5%", "98,7 %", "99", "99,1", "99,5", "100"),
                DocxRow.Of("-", "Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)", "95", "abc", "", "", "", "")])
            .Paragraphs("Tây Sơn, ngày 15 tháng 4 năm 2020", "Người lập biểu")
            .Save(word.Input.Path, "BaoCao_PL3_TaySon.docx");

        var run = word.Load();

        Assert.Equal(2, run.ExitCode); // the one "abc" cell
        var values = word.Query<(string Code, int Year, double Value, bool Partial)>(
            "select indicator_code, year, value, is_partial_year from v_indicator_value where unit_code = '547' order by indicator_code, year");
        Assert.Equal(
        [
            ("PL3.1.2", 2015, 250, false), ("PL3.1.2", 2016, 260, false), ("PL3.1.2", 2017, 270, false),
            ("PL3.1.2", 2018, 280, false), ("PL3.1.2", 2019, 1290, false), ("PL3.1.2", 2020, 300, true),
            ("PL3.5.2", 2015, 97.5, false), ("PL3.5.2", 2016, 98.7, false), ("PL3.5.2", 2017, 99, false),
            ("PL3.5.2", 2018, 99.1, false), ("PL3.5.2", 2019, 99.5, false), ("PL3.5.2", 2020, 100, true),
            ("PL3.5.3", 2015, 95, false),
        ], values);
        Assert.Equal("2020-04-15", word.Query<string>("select cast(report_date as varchar) from v_submission").Single());
        // Four lines above, two header rows, two data rows, the repeated header (rows 9-10), then "5." on row 11:
        // the "abc" of 2016 in the last row is D13.
        var reject = word.Query<(string File, string Sheet, string Cell)>("select source_file, source_sheet, source_cell from v_load_reject").Single();
        Assert.Equal(("BaoCao_PL3_TaySon.docx", "Bảng 1", "D13"), reject);
    }

    [Fact]
    public void Word_files_without_a_table_broken_or_cut_short_are_each_rejected_under_their_own_name()
    {
        using var folder = new LoadedFolder();
        new DocxBuilder().Paragraphs("UBND HUYỆN TÂY SƠN", "PHỤ LỤC 3", "Số liệu gửi kèm theo email.").Save(folder.Input.Path, "PL3_KhongCoBang.docx");
        var whole = PhuLucIxDocx.AppendTo(new DocxBuilder()).Save(folder.Input.Path, "tmp.docx");
        var bytes = File.ReadAllBytes(whole);
        File.Delete(whole);
        File.WriteAllBytes(folder.Input.File("PL9_CatDo.docx"), bytes[..(bytes.Length / 2)]);
        var broken = new DocxBuilder().Paragraphs("PHỤ LỤC 3").Table(DocxRow.Of("STT", "Chỉ tiêu")).Save(folder.Input.Path, "PL3_Hong.docx");
        using (var zip = ZipFile.Open(broken, ZipArchiveMode.Update))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl>");
        }

        var run = folder.Load();

        Assert.Equal(3, run.Rejected);
        var reasons = folder.Query<(string File, string Reason)>("select source_file, reason from v_load_reject order by source_file")
            .ToDictionary(r => r.File, r => r.Reason);
        Assert.Contains("Tài liệu Word không có bảng nào", reasons["PL3_KhongCoBang.docx"]);
        Assert.Contains("(Word document has no table)", reasons["PL3_KhongCoBang.docx"]);
        Assert.Contains("Không đọc được tài liệu Word, tệp hỏng", reasons["PL3_Hong.docx"]);
        Assert.Contains("(corrupt or truncated Word document)", reasons["PL3_Hong.docx"]);
        // Cut short, the package's directory is gone: it is refused before anyone can tell it was a Word document.
        Assert.Contains("hỏng hoặc bị cắt cụt", reasons["PL9_CatDo.docx"]);
        Assert.Contains("(corrupt or truncated", reasons["PL9_CatDo.docx"]);
    }
}
