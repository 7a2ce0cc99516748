using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.OfficeFiles;

/// <summary>Phụ lục 7 answered by Sở Thông tin và Truyền thông for its rows 1–9, the template's note under the table
/// naming the three departments that share the appendix.</summary>
public class TemplateNoteTests
{
    [Theory]
    [InlineData("so-tttt-phu-luc-7-ghi-chu.xlsx")]
    [InlineData("so-tttt-phu-luc-7-ghi-chu.xls")]
    public void The_note_under_the_table_is_no_issuer_and_the_department_answering_its_rows_loads(string file)
    {
        var s = OfficeFile.Loaded(file);

        Assert.Equal(("PL7", "52", "STTTT"), (s.AppendixCode, s.UnitCode, s.DepartmentCode));
        Assert.Equal(45, s.IndicatorFacts.Count);
        var rate = s.Fact("PL7.1", 2019);
        Assert.Equal((91.2, "G9"), (rate.Value, rate.Cell));
        Assert.Equal(new DateOnly(2020, 4, 14), s.ReportDate);
    }

    [Fact]
    public void Rows_of_other_departments_left_blank_and_the_column_number_row_are_not_reported()
    {
        var s = OfficeFile.Loaded("so-tttt-phu-luc-7-ghi-chu.xlsx");

        Assert.Empty(s.RowRejects);
        Assert.DoesNotContain(s.IndicatorFacts, f => f.IndicatorCode is "PL7.10" or "PL7.14");
    }

    [Fact]
    public void A_list_item_under_the_table_naming_a_department_is_not_read_as_the_issuer()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("PL7",
            ["UBND TỈNH BÌNH ĐỊNH"],
            ["VĂN PHÒNG UBND TỈNH"],
            ["PHỤ LỤC 7"],
            ["STT", "Chỉ tiêu", "Năm 2019"],
            ["10.", "Số dịch vụ công trực tuyến mức độ 3, mức độ 4", 412],
            [],
            ["Lưu ý:"],
            ["Sở Thông tin và Truyền thông thống kê các chỉ tiêu từ số thứ tự thứ 1 đến 9"],
            [null, "- Sở Khoa học và Công nghệ thống kê chỉ tiêu số thứ tự thứ 14."]).Save(dir.Path, "pl7.xlsx");

        var result = Interpret.File(path);

        Assert.False(result.IsRejected, result.RejectReason);
        var s = Assert.Single(result.Submissions);
        Assert.Equal(("52", "VPUBND"), (s.UnitCode, s.DepartmentCode));
    }
}
