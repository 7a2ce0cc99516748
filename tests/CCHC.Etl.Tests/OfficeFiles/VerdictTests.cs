namespace CCHC.Etl.Tests.OfficeFiles;

/// <summary>Phụ lục 8 as Vân Canh's clerk filled it: "Cơ bản đạt" and "Đạt một phần" are not verdicts of the plan.</summary>
public class VerdictTests
{
    [Fact]
    public void An_in_between_verdict_is_rejected_cell_by_cell_and_the_reason_lists_what_a_cell_accepts()
    {
        var s = OfficeFile.Loaded("van-canh-pl8-danh-gia-la.xlsx");

        Assert.Equal(("PL8", "551"), (s.AppendixCode, s.UnitCode));
        var verdict = Assert.Single(s.TargetFacts);
        Assert.Equal(("MT2020.1", true), (verdict.TargetCode, verdict.Achieved));
        Assert.Equal(["C8", "C9"], s.RowRejects.Select(r => r.Cell));
        foreach (var reject in s.RowRejects)
        {
            Assert.Contains("\"Đạt\"", reject.Reason);
            Assert.Contains("\"Không đạt\"", reject.Reason);
            Assert.Contains("\"Chưa đạt\"", reject.Reason);
        }
        Assert.Contains("\"Cơ bản đạt\"", s.RowRejects[0].Reason);
    }
}
