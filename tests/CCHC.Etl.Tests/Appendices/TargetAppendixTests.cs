using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.Appendices;

public class TargetAppendixTests
{
    /// <summary>The seed's Phụ lục IX table as transcribed in data/sources, one TSV line per row.</summary>
    static object?[][] SeedRows() =>
        File.ReadAllLines(Path.Combine(Repo.Root, "data", "sources", "phu_luc_ix_2025.tsv"))
            .Select(line => line.Split('\t').Select(f => f.Length == 0 ? null : (object?)(int.TryParse(f, out var n) ? n : f)).ToArray())
            .ToArray();

    [Fact]
    public void Real_appendix_IX_gives_15_achieved_and_7_missed_with_the_right_numbers()
    {
        using var dir = new TempDirectory();
        var result = Interpret.File(new WorkbookBuilder().Sheet("Phụ lục IX", SeedRows()).Save(dir.Path, "phu-luc-ix.xlsx"));

        Assert.False(result.IsRejected, result.RejectReason);
        var s = Assert.Single(result.Submissions);
        Assert.Equal(("PL9", "52"), (s.AppendixCode, s.UnitCode));
        Assert.Empty(s.RowRejects);
        Assert.Equal(22, s.TargetFacts.Count);
        var missed = s.TargetFacts.Where(f => !f.Achieved).Select(f => int.Parse(f.TargetCode.Split('.')[1])).Order();
        Assert.Equal([4, 6, 11, 14, 16, 17, 21], missed);
        // The verdict of a missed target was read from the "Kết quả đạt được" column, where the report wrote it.
        Assert.All(s.TargetFacts.Where(f => !f.Achieved), f => Assert.StartsWith("C", f.Cell));
        Assert.All(s.TargetFacts.Where(f => f.Achieved), f => Assert.StartsWith("D", f.Cell));
    }

    [Fact]
    public void Target_text_split_by_a_page_break_and_the_verdict_on_the_second_part_are_joined()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("PL8",
            ["UBND HUYỆN PHÙ MỸ"], ["PHỤ LỤC 8"],
            ["STT", "Các mục tiêu cải cách", "Đánh giá kết quả đạt được (Đạt/Không đạt)"],
            ["7.", "Đội ngũ công chức, viên chức có số lượng, cơ cấu hợp lý,", null],
            ["STT", "Các mục tiêu cải cách", "Đánh giá kết quả đạt được (Đạt/Không đạt)"],
            [null, "đủ trình độ và năng lực thi hành công vụ; 100% các cơ quan, đơn vị có cơ cấu công chức theo vị trí việc làm;", "Không đạt"],
            ["16.", "100% cơ quan kết nối vào Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước.", "Đạt"]).Save(dir.Path, "pl8.xlsx");

        var s = Assert.Single(Interpret.File(path).Submissions);

        Assert.Equal(("PL8", "545"), (s.AppendixCode, s.UnitCode));
        Assert.Collection(s.TargetFacts.OrderBy(f => f.TargetCode.Length).ThenBy(f => f.TargetCode),
            f => Assert.Equal(("MT2020.7", false, "C6"), (f.TargetCode, f.Achieved, f.Cell)), // row 6: the second part, after the repeated header
            f => Assert.Equal(("MT2020.16", true), (f.TargetCode, f.Achieved)));
    }

    [Fact]
    public void A_verdict_that_is_neither_Dat_nor_Khong_dat_is_rejected_with_its_cell()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("PL8",
            ["UBND HUYỆN PHÙ MỸ"], ["PHỤ LỤC 8"],
            ["STT", "Các mục tiêu cải cách", "Đánh giá kết quả đạt được (Đạt/Không đạt)"],
            ["16.", "100% cơ quan kết nối vào Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước.", "Cơ bản đạt"]).Save(dir.Path, "pl8.xlsx");

        var s = Assert.Single(Interpret.File(path).Submissions);

        var reject = Assert.Single(s.RowRejects);
        Assert.Equal("C4", reject.Cell);
        Assert.Empty(s.TargetFacts);
    }

    [Fact]
    public void Date_line_below_the_last_target_is_not_part_of_its_text()
    {
        using var dir = new TempDirectory();
        var path = new WorkbookBuilder().Sheet("PL8",
            ["UBND HUYỆN PHÙ MỸ"], ["PHỤ LỤC 8"],
            ["STT", "Các mục tiêu cải cách", "Đánh giá kết quả đạt được (Đạt/Không đạt)"],
            ["16.", "100% cơ quan kết nối vào Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước.", "Đạt"],
            [null, "Phù Mỹ, ngày 16 tháng 4 năm 2020"]).Save(dir.Path, "pl8.xlsx");

        var s = Assert.Single(Interpret.File(path).Submissions);

        Assert.Equal(new DateOnly(2020, 4, 16), s.ReportDate);
        Assert.Single(s.TargetFacts);
        Assert.Empty(s.RowRejects);
    }
}
