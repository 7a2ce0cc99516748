using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.Validation;

/// <summary>A workbook that breaks a validation rule loads like any other: every value is stored, nothing is rejected,
/// and the breach is listed with the cells to look at.</summary>
public sealed class RuleBreachLoadTests : LoadedFolder
{
    [Fact]
    public void A_unit_that_resolved_more_petitions_than_it_received_still_loads_every_value_and_is_listed()
    {
        new WorkbookBuilder().Sheet("PL3", Appendix3.With(
            ["6.", "Tiếp nhận và xử lý PAKN về TTHC"],
            ["-", "Số lượng PAKN đã tiếp nhận trong năm", 10, 12, 9, 11, 10, 3],
            ["-", "Số lượng PAKN đã giải quyết trong năm", 9, 12, 9, 14, 10, 3])).Save(Input.Path, "PL3_TaySon.xlsx");

        var run = Load();

        Assert.Equal((0, 0, 0), (run.Rejected, run.RowRejects, run.ExitCode));
        Assert.Equal(12L, Query<long>("SELECT count(*) FROM v_indicator_value WHERE unit_code = '547'").Single());
        var breach = Assert.Single(Query<(string, string, int, double, double, string, string, string)>(
            "SELECT rule_code, unit_code, year, value, compared_value, source_sheet, source_cell, compared_source FROM v_rule_violation"));
        Assert.Equal(("KT01", "547", 2018, 14.0, 11.0, "PL3", "F9", "PL3_TaySon.xlsx › PL3 › F8"), breach);
    }
}
