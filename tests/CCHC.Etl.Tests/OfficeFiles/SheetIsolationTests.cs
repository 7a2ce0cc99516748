using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.OfficeFiles;

/// <summary>One sheet that cannot be read costs only itself.</summary>
public class SheetIsolationTests
{
    [Fact]
    public void A_sheet_without_its_table_is_rejected_and_the_other_sheet_of_the_workbook_loads()
    {
        var result = OfficeFile.Read("tay-son-mot-trang-hong.xlsx");

        Assert.False(result.IsRejected, result.RejectReason);
        var s = Assert.Single(result.Submissions);
        Assert.Equal(("PL1", "547", 12), (s.AppendixCode, s.UnitCode, s.IndicatorFacts.Count));
        var reject = Assert.Single(result.SheetRejects);
        Assert.Equal(("PL5", "A3"), (reject.Sheet, reject.Cell));
        Assert.Contains("không tìm thấy dòng tiêu đề bảng", reject.Reason);
    }

    [Fact]
    public void An_unknown_appendix_number_rejects_that_sheet_only_and_says_which_numbers_exist()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder()
            .Sheet("PL1", ["UBND HUYỆN TÂY SƠN"], ["PHỤ LỤC 1"], ["STT", "Chỉ tiêu", "Năm 2019"], ["1", "Số lượng văn bản chỉ đạo, điều hành", 20])
            .Sheet("PL12", ["UBND HUYỆN TÂY SƠN"], ["PHỤ LỤC 12"], ["STT", "Chỉ tiêu", "Năm 2019"], ["1", "Chỉ tiêu lạ", 3])
            .Save(dir.Path, "tay-son.xlsx");

        var result = Interpret.File(path);

        Assert.Single(result.Submissions);
        var reject = Assert.Single(result.SheetRejects);
        Assert.Equal(("PL12", "A2"), (reject.Sheet, reject.Cell));
        Assert.Contains("PL9", reject.Reason);
    }

    [Fact]
    public void The_same_appendix_on_two_sheets_loads_neither_copy_but_loads_the_rest()
    {
        using var dir = new TempDirectory();
        object?[][] Pl1(int value) => [["UBND HUYỆN TÂY SƠN"], ["PHỤ LỤC 1"], ["STT", "Chỉ tiêu", "Năm 2019"], ["1", "Số lượng văn bản chỉ đạo, điều hành", value]];
        var path = new WorkbookBuilder()
            .Sheet("PL1", Pl1(20)).Sheet("PL1 (2)", Pl1(21))
            .Sheet("PL3", ["UBND HUYỆN TÂY SƠN"], ["PHỤ LỤC 3"], ["STT", "Chỉ tiêu", "Năm 2019"], ["-", "Số lượng TTHC cấp huyện", 251])
            .Save(dir.Path, "tay-son.xlsx");

        var result = Interpret.File(path);

        Assert.Equal("PL3", Assert.Single(result.Submissions).AppendixCode);
        Assert.Equal(["PL1", "PL1 (2)"], result.SheetRejects.Select(r => r.Sheet));
    }

    [Fact]
    public void A_workbook_whose_every_sheet_fails_is_rejected_whole_naming_the_first_sheet_and_cell()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder()
            .Sheet("PL5", ["UBND HUYỆN TÂY SƠN"], ["PHỤ LỤC 5"], ["Số TT", "Nội dung", "Số liệu"], ["1", "Số lượng công chức", 250])
            .Save(dir.Path, "tay-son.xlsx");

        var result = Interpret.File(path);

        Assert.True(result.IsRejected);
        Assert.Equal(("PL5", "A2"), (result.RejectSheet, result.RejectCell));
    }
}
