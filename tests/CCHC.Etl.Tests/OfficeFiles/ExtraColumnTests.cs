using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.OfficeFiles;

/// <summary>Columns beside the years ("Đơn vị tính", "Tổng giai đoạn 2016-2020", "Cộng", "Ghi chú") and the lettered
/// column-number row under the header, as Phù Cát's clerk laid out Phụ lục 3 in LibreOffice.</summary>
public class ExtraColumnTests
{
    [Fact]
    public void A_period_total_is_not_a_year_and_only_the_year_columns_are_read()
    {
        var s = OfficeFile.Loaded("phu-cat-pl3-cot-phu.xlsx");

        Assert.Equal(18, s.IndicatorFacts.Count);
        Assert.Equal([2015, 2016, 2017, 2018, 2019, 2020], s.IndicatorFacts.Select(f => f.Year).Distinct().Order());
        var count = s.Fact("PL3.1.2", 2016);
        Assert.Equal((231.0, "E9"), (count.Value, count.Cell));
        Assert.Equal(98.9, s.Fact("PL3.5.2", 2019).Value);
    }

    [Fact]
    public void Unit_total_and_note_columns_and_the_lettered_number_row_raise_no_reject()
    {
        var s = OfficeFile.Loaded("phu-cat-pl3-cot-phu.xlsx");

        Assert.Empty(s.RowRejects);
    }

    [Fact]
    public void A_year_headed_twice_keeps_the_first_column_and_names_the_second()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("PL3",
            ["UBND HUYỆN PHÙ CÁT"], ["PHỤ LỤC 3"],
            ["STT", "Chỉ tiêu", "Năm 2018", "Năm 2019", "Năm 2019"],
            ["-", "Số lượng TTHC cấp huyện", 245, 251, 250]).Save(dir.Path, "pl3.xlsx");

        var s = Assert.Single(Interpret.File(path).Submissions);

        Assert.Equal(251, s.Fact("PL3.1.2", 2019).Value);
        var reject = Assert.Single(s.RowRejects);
        Assert.Equal("E3", reject.Cell);
        Assert.Contains("cũng ghi năm 2019 như cột D3", reject.Reason);
    }

    [Theory]
    [InlineData("(1)", "(2)", "(3)", "(4)")]
    [InlineData("A", "B", "1", "2")]
    [InlineData("1", "2", "3", "4")]
    public void A_column_number_row_under_the_header_is_skipped(string a, string b, string c, string d)
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("PL3",
            ["UBND HUYỆN PHÙ CÁT"], ["PHỤ LỤC 3"],
            ["STT", "Chỉ tiêu", "Năm 2018", "Năm 2019"],
            [a, b, c, d],
            ["-", "Số lượng TTHC cấp huyện", 245, 251]).Save(dir.Path, "pl3.xlsx");

        var s = Assert.Single(Interpret.File(path).Submissions);

        Assert.Empty(s.RowRejects);
        Assert.Equal(2, s.IndicatorFacts.Count);
    }
}
