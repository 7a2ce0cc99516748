using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.Appendices;

public class ReportingUnitTests
{
    static object?[][] Table(params object?[][] top) =>
    [
        .. top,
        ["PHỤ LỤC 3"],
        ["STT", "Chỉ tiêu", "Năm 2015", "Năm 2016"],
        ["1.", "Tổng số TTHC của tỉnh", 1800, 1850],
    ];

    static string UnitOf(string fileName, params object?[][] top)
    {
        using var dir = new TempDirectory();
        var result = Interpret.File(new WorkbookBuilder().Sheet("Sheet1", Table(top)).Save(dir.Path, fileName));
        Assert.False(result.IsRejected, result.RejectReason);
        var s = Assert.Single(result.Submissions);
        return s.UnitCode + (s.DepartmentCode is null ? "" : "/" + s.DepartmentCode);
    }

    [Theory]
    [InlineData("UBND HUYỆN TÂY SƠN", "547")]
    [InlineData("ỦY BAN NHÂN DÂN THÀNH PHỐ QUY NHƠN", "540")]
    [InlineData("UBND TP. Quy Nhơn", "540")]
    [InlineData("UBND THỊ XÃ HOÀI NHƠN", "543")]
    [InlineData("UBND HUYEN HOAI AN", "544")]
    [InlineData("UBND TỈNH BÌNH ĐỊNH", "52")]
    public void Unit_is_read_from_the_issuer_line(string issuer, string expected) =>
        Assert.Equal(expected, UnitOf("bao-cao.xlsx", [issuer]));

    [Fact]
    public void Department_header_reports_for_the_province() =>
        Assert.Equal("52/VPUBND", UnitOf("x.xlsx", ["UBND TỈNH BÌNH ĐỊNH"], ["VĂN PHÒNG UBND TỈNH"]));

    [Fact]
    public void Attachment_line_names_the_unit() =>
        Assert.Equal("550", UnitOf("x.xlsx", ["(Kèm theo Báo cáo số 12/BC-UBND ngày 10/4/2020 của Ủy ban nhân dân huyện Tuy Phước)"]));

    [Theory]
    [InlineData("PL3_TaySon.xlsx", "547")]
    [InlineData("phu-luc-3-quy-nhon.xlsx", "540")]
    [InlineData("BaoCao_VinhThanh.xlsx", "546")]
    public void File_name_names_the_unit_when_the_header_does_not(string fileName, string expected) =>
        Assert.Equal(expected, UnitOf(fileName, ["(Kèm theo Kế hoạch số: /KH-UBND, ngày tháng năm 2020 của UBND tỉnh)"]));

    [Fact]
    public void A_workbook_whose_unit_cannot_be_told_is_rejected_with_a_reason()
    {
        using var dir = new TempDirectory();
        var result = Interpret.File(new WorkbookBuilder().Sheet("Sheet1", Table(["BÁO CÁO"])).Save(dir.Path, "bao-cao.xlsx"));

        Assert.True(result.IsRejected);
        Assert.Contains("đơn vị báo cáo", result.RejectReason);
        Assert.Equal("Sheet1", result.RejectSheet);
    }

    [Fact]
    public void Two_units_in_the_header_is_ambiguous_and_rejected()
    {
        using var dir = new TempDirectory();
        var result = Interpret.File(new WorkbookBuilder().Sheet("Sheet1", Table(["UBND HUYỆN TÂY SƠN"], ["UBND HUYỆN PHÙ CÁT"])).Save(dir.Path, "x.xlsx"));

        Assert.True(result.IsRejected);
        Assert.Contains("nhiều đơn vị", result.RejectReason);
    }
}
