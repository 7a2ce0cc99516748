using CCHC.Dashboard.Components.Shared;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Tests.DataQuality;

/// <summary>The card of /du-lieu that lists values breaking a validation rule: counted, per unit, each with its cell.</summary>
public class RuleViolationListTests : BunitContext
{
    static RuleViolation Resolved() => new("KT01", "le", "warning",
        "Số phản ánh kiến nghị (PAKN) đã giải quyết trong năm không lớn hơn số PAKN đã tiếp nhận trong năm", "547", "Tây Sơn", 2018,
        "PL3.6.2", "Số lượng PAKN đã giải quyết trong năm", 14, 11, null, "PL3_TaySon.xlsx", "PL3", "F9", "PL3_TaySon.xlsx › PL3 › F8",
        "Xem lại hai ô", IsSample: false, IsPartialYear: false, UnitOfMeasure: "count");

    static RuleViolation Rate() => new("KT20", "jump", "warning", "Tỷ lệ không tăng hay giảm quá 25 điểm phần trăm so với năm trước",
        "540", "Quy Nhơn", 2020, "PL7.13", "Tỷ lệ hồ sơ giải quyết qua hệ thống một cửa điện tử", 95.5, 60, 25, "PL7_QuyNhon.xlsx", "PL7",
        "G20", "PL7_QuyNhon.xlsx › PL7 › F20", null, IsSample: true, IsPartialYear: true, UnitOfMeasure: "percent");

    [Fact]
    public void A_violation_is_listed_with_its_unit_rule_finding_and_the_cells_to_look_at()
    {
        var card = Render<RuleViolationList>(p => p.Add(c => c.Violations, [Resolved()]));

        var row = card.Find("tr[data-violation='KT01-547-2018-PL3.6.2']");
        Assert.Equal("PL3_TaySon.xlsx › PL3 › F9", row.QuerySelector("[data-source-cell]")!.TextContent);
        Assert.Contains("14 lớn hơn 11", row.TextContent);
        Assert.Contains("PL3_TaySon.xlsx › PL3 › F8", row.TextContent);
        Assert.Contains("Cảnh báo", row.TextContent);
        Assert.Contains("Số liệu vi phạm quy tắc kiểm tra (1)", card.Find(".card-title").TextContent);
    }

    [Fact]
    public void Violations_are_counted_by_importance_and_by_unit_and_numbers_read_the_vietnamese_way()
    {
        var error = Resolved() with { RuleCode = "KT09", Importance = "error", UnitCode = "52", UnitName = "Bình Định" };
        var card = Render<RuleViolationList>(p => p.Add(c => c.Violations, [error, Resolved(), Rate()]));

        Assert.Contains("1 lỗi, 2 cảnh báo", card.Find(".card-sub").TextContent);
        Assert.Equal("Theo đơn vị: Bình Định 1 · Tây Sơn 1 · Quy Nhơn 1", card.Find("[data-violations-by-unit]").TextContent);
        var rate = card.Find("tr[data-violation='KT20-540-2020-PL7.13']").TextContent;
        Assert.Contains("60 → 95,5: thay đổi 35,5 điểm %, quá 25", rate);
        Assert.Contains("2020 (quý I)", rate);
        Assert.Contains("Quy Nhơn (mẫu)", rate);
    }

    [Fact]
    public void No_violation_says_so_instead_of_an_empty_table()
    {
        var card = Render<RuleViolationList>(p => p.Add(c => c.Violations, []));

        Assert.Equal("Không có giá trị nào vi phạm quy tắc kiểm tra.", card.Find("[data-no-violations]").TextContent);
        Assert.Empty(card.FindAll("table"));
    }
}
