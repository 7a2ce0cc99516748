using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.Appendices;

public class IndicatorAppendixTests
{
    [Fact]
    public void Values_of_each_form_load_with_their_cells()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("Sheet1", Appendix3.With(
            ["1.", "Tổng số  TTHC của tỉnh", null, null, null, null, null, null],
            ["-", "Số lượng TTHC cấp huyện", 250, "260", "1.270", 280.0, " 290 ", 75],
            ["5.", "Kết quả giải quyết hồ sơ TTHC"],
            ["-", "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)",
                new Percent(0.981), "98,7%", "98,7 %", 99.1, "99.5%", null])).Save(dir.Path, "a.xlsx");

        var result = Interpret.File(path);

        Assert.False(result.IsRejected, result.RejectReason);
        var s = Assert.Single(result.Submissions);
        Assert.Equal(("PL3", "547"), (s.AppendixCode, s.UnitCode));
        Assert.Equal(250, s.Fact("PL3.1.2", 2015).Value);
        Assert.Equal(1270, s.Fact("PL3.1.2", 2017).Value);
        Assert.Equal("E8", s.Fact("PL3.1.2", 2017).Cell);
        Assert.True(s.Fact("PL3.1.2", 2020).IsPartialYear);
        Assert.False(s.Fact("PL3.1.2", 2019).IsPartialYear);
        Assert.Equal(98.1, s.Fact("PL3.5.2", 2015).Value, 6);
        Assert.Equal(98.7, s.Fact("PL3.5.2", 2016).Value, 6);
        Assert.Equal(98.7, s.Fact("PL3.5.2", 2017).Value, 6);
        Assert.Equal(99.5, s.Fact("PL3.5.2", 2019).Value, 6);
        Assert.DoesNotContain(s.IndicatorFacts, f => f.IndicatorCode == "PL3.5.2" && f.Year == 2020);
        Assert.Empty(s.RowRejects);
        Assert.Equal(new DateOnly(2020, 4, 15), s.ReportDate);
    }

    [Fact]
    public void Repeated_header_blank_rows_and_a_label_split_by_a_page_break_are_read_right()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("PL3", Appendix3.With(
            ["4.", "Thực hiện cơ chế một cửa, một cửa liên thông"],
            [null],
            ["-", "Số lượng TTHC thực hiện việc tiếp", 10, 11, 12, 13, 14, 15],
            ["STT", "Chỉ tiêu", "Năm 2015", "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019", "Năm 2020 (Tính đến 31/3)"],
            [null, "nhận, trả kết quả tại Bộ phận Một cửa cấp xã"],
            ["-", "Số lượng TTHC được giải quyết theo   cơ chế một cửa liên thông cùng cấp", 3, null, 5, null, null, null])).Save(dir.Path, "b.xlsx");

        var s = Assert.Single(Interpret.File(path).Submissions);

        Assert.Equal(12, s.Fact("PL3.4.3", 2017).Value);
        Assert.Equal(3, s.Fact("PL3.4.4", 2015).Value);
        Assert.Equal(8, s.IndicatorFacts.Count);
        Assert.Empty(s.RowRejects);
    }

    [Fact]
    public void Sub_rows_repeated_under_several_parents_go_to_their_own_parent()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("PL5",
            ["UBND THỊ XÃ AN NHƠN"], ["PHỤ LỤC V"],
            ["STT", "Chỉ tiêu", "Năm 2015", "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019", "Năm 2020 (Tính đến 31/3)"],
            ["1.", "Tổng số biên chế cán bộ, công chức", 100],
            ["-", "Tổng số được giao", 90],
            ["2.", "Tổng số biên chế viên chức", 500],
            ["-", "Tổng số được giao", 480]).Save(dir.Path, "c.xlsx");

        var s = Assert.Single(Interpret.File(path).Submissions);

        Assert.Equal(("PL5", "549"), (s.AppendixCode, s.UnitCode));
        Assert.Equal(90, s.Fact("PL5.1.1", 2015).Value);
        Assert.Equal(480, s.Fact("PL5.2.1", 2015).Value);
    }

    [Fact]
    public void A_row_that_matches_nothing_is_reported_with_its_cell()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("PL3", Appendix3.With(
            ["1.", "Tổng số TTHC của tỉnh", 1800],
            ["2.", "Số cây xanh được trồng mới", 42],
            ["3.", "Số lượng thủ tục hành chính được công khai đầy đủ, đúng quy định trên Cổng/ Trang Thông tin điện tử", 1700])).Save(dir.Path, "d.xlsx");

        var s = Assert.Single(Interpret.File(path).Submissions);

        var reject = Assert.Single(s.RowRejects);
        Assert.Equal("B8", reject.Cell);
        Assert.Contains("Số cây xanh", reject.Reason);
        Assert.Equal(2, s.IndicatorFacts.Count);
    }

    [Fact]
    public void Bad_value_cell_is_rejected_alone_and_the_rest_of_the_row_loads()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("PL3", Appendix3.With(
            ["1.", "Tổng số TTHC của tỉnh", 1800, "#DIV/0!", -3, 1900])).Save(dir.Path, "e.xlsx");

        var s = Assert.Single(Interpret.File(path).Submissions);

        Assert.Equal(2, s.IndicatorFacts.Count);
        Assert.Equal(["D7", "E7"], s.RowRejects.Select(r => r.Cell!).Order());
    }

    [Fact]
    public void Two_row_header_with_years_under_a_merged_Nam_is_understood()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("Biểu 7",
            ["UBND HUYỆN VÂN CANH"], ["Phụ lục số 7"],
            ["STT", "Chỉ tiêu", "Năm", null, null, null, null, null],
            [null, null, 2015, 2016, 2017, 2018, 2019, "2020 (tính đến 31/3)"],
            ["1.", "Tỷ lệ văn bản hành chính được trao đổi dưới dạng điện tử", 40, 50, 60, 70, 80, 85])
            .Merge("C3:H3").Merge("A3:A4").Merge("B3:B4").Save(dir.Path, "f.xlsx");

        var s = Assert.Single(Interpret.File(path).Submissions);

        Assert.Equal(("PL7", "551"), (s.AppendixCode, s.UnitCode));
        Assert.Equal(6, s.IndicatorFacts.Count);
        Assert.True(s.Fact("PL7.1", 2020).IsPartialYear);
    }

    [Fact]
    public void A_table_that_is_not_the_appendix_in_its_title_rejects_the_file()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("PL3",
            ["UBND HUYỆN TÂY SƠN"], ["PHỤ LỤC 3"],
            ["STT", "Chỉ tiêu", "Năm 2015", "Năm 2016"],
            ["1.", "Tổng số biên chế cán bộ, công chức", 100, 101],
            ["2.", "Tổng số biên chế viên chức", 500, 501],
            ["3.", "Số công chức được tuyển dụng theo hình thức thi cạnh tranh", 5, 6]).Save(dir.Path, "g.xlsx");

        var result = Interpret.File(path);

        Assert.True(result.IsRejected);
        Assert.Contains("nhầm số phụ lục", result.RejectReason);
        Assert.Equal("PL3", result.RejectSheet);
    }

    [Fact]
    public void Place_and_date_line_under_the_year_columns_ends_the_table_and_dates_the_report()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("PL3", Appendix3.With(
            ["1.", "Tổng số TTHC của tỉnh", 1800],
            [null],
            [null, null, null, null, null, "Tây Sơn, ngày 20 tháng 4 năm 2020"],
            [null, null, null, null, null, "NGƯỜI LẬP BIỂU"])).Save(dir.Path, "h.xlsx");

        var s = Assert.Single(Interpret.File(path).Submissions);

        Assert.Empty(s.RowRejects);
        Assert.Single(s.IndicatorFacts);
        Assert.Equal(new DateOnly(2020, 4, 20), s.ReportDate);
    }

    [Fact]
    public void Two_row_header_repeated_at_a_page_break_is_skipped()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("PL7",
            ["UBND HUYỆN VÂN CANH"], ["PHỤ LỤC 7"],
            ["STT", "Chỉ tiêu", "Năm", null, null, null, null, null],
            [null, null, 2015, 2016, 2017, 2018, 2019, "2020 (tính đến 31/3)"],
            ["1.", "Tỷ lệ văn bản hành chính được trao đổi dưới dạng điện tử", 40, 50, 60, 70, 80, 85],
            ["STT", "Chỉ tiêu", "Năm", null, null, null, null, null],
            [null, null, 2015, 2016, 2017, 2018, 2019, "2020 (tính đến 31/3)"],
            ["2.", "Số đơn vị kết nối Trục liên thông VBQG", 1, 2, 3, 4, 5, 6])
            .Merge("C3:H3").Merge("C6:H6").Save(dir.Path, "i.xlsx");

        var s = Assert.Single(Interpret.File(path).Submissions);

        Assert.Empty(s.RowRejects);
        Assert.Equal(12, s.IndicatorFacts.Count);
    }
}
