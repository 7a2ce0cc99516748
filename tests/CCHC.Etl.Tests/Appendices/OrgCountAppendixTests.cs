using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.Appendices;

public class OrgCountAppendixTests
{
    [Fact]
    public void Sections_and_periods_of_appendix_4_become_counts_per_measure_and_period()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("PL4",
            ["UBND HUYỆN HOÀI ÂN"], ["PHỤ LỤC 4"],
            ["Thống kê và so sánh số lượng tổ chức thuộc tỉnh/huyện"],
            ["II. Số lượng, cơ cấu tổ chức thuộc Ủy ban nhân dân cấp huyện"],
            ["Tỉnh, thành phố", "Giai đoạn", "Số UBND cấp huyện", "Số phòng chuyên môn thuộc UBND cấp huyện",
                "Số văn phòng, thanh tra thuộc UBND cấp huyện", "Số đơn vị sự nghiệp thuộc UBND cấp huyện", "Ghi chú"],
            ["Hoài Ân", "Giai đoạn 2001-2010 (Tính đến 12/2010)", 1, 13, 2, 40],
            [null, "Giai đoạn 2011-2020 (Tính đến 12/2019)", 1, 12, 2, "35"],
            ["III. Số lượng đơn vị sự nghiệp công lập phân theo các lĩnh vực"],
            ["Tỉnh, thành phố", "Giai đoạn", "Sự nghiệp GD-ĐT", null, null, "Sự nghiệp y tế", null, null],
            [null, null, "Thuộc UBND cấp tỉnh", "Thuộc CQ chuyên môn cấp tỉnh", "Thuộc UBND cấp huyện",
                "Thuộc UBND cấp tỉnh", "Thuộc CQ chuyên môn cấp tỉnh", "Thuộc UBND cấp huyện"],
            ["Hoài Ân", "Giai đoạn 2001-2010 (Tính đến 12/2010)", null, null, 30, null, null, 1],
            [null, "Giai đoạn 2011-2020 (Tính đến 12/2019)", null, null, 28, null, null, 0])
            .Merge("C9:E9").Merge("F9:H9").Save(dir.Path, "pl4.xlsx");

        var result = Interpret.File(path);

        Assert.False(result.IsRejected, result.RejectReason);
        var s = Assert.Single(result.Submissions);
        Assert.Equal(("PL4", "544"), (s.AppendixCode, s.UnitCode));
        Assert.Empty(s.RowRejects);
        Assert.Equal(12, s.OrgCountFacts.Count);
        var cell = s.OrgCountFacts.Single(f => f.MeasureCode == "PL4.II.2" && f.Period == "2011-2020");
        Assert.Equal((12.0, "D7"), (cell.Value, cell.Cell));
        Assert.Equal(28, s.OrgCountFacts.Single(f => f.MeasureCode == "PL4.III.GDDT.UBNDHUYEN" && f.Period == "2011-2020").Value);
        Assert.Equal(0, s.OrgCountFacts.Single(f => f.MeasureCode == "PL4.III.YTE.UBNDHUYEN" && f.Period == "2011-2020").Value);
    }
}
