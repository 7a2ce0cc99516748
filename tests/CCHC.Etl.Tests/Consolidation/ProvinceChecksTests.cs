using CCHC.Etl.Consolidation;
using CCHC.Etl.Tests.Builders;
using CCHC.Warehouse.Queries;
using ClosedXML.Excel;

namespace CCHC.Etl.Tests.Consolidation;

/// <summary>The province's consolidated figures are checked against the validation rules themselves: a sum can break a
/// rule no unit's report breaks. The cell is flagged, sheet "Kiểm tra" lists it, and the figure stays as summed.</summary>
public sealed class ProvinceChecksTests : IDisposable
{
    readonly LoadedFolder folder = new();
    readonly TempDirectory output = new();

    void Pl3(string issuer, string file, params object?[][] rows) =>
        new WorkbookBuilder().Sheet("PL3", [[issuer], ["PHỤ LỤC 3"], ["STT", "Chỉ tiêu", "Năm 2019"], ["6.", "Tiếp nhận và xử lý PAKN về TTHC"], .. rows])
            .Save(folder.Input.Path, file);

    async Task<XLWorkbook> ConsolidatedAsync()
    {
        folder.Load();
        using var reader = new WarehouseReader(folder.Warehouse);
        var values = await ConsolidatedValues.ReadAsync(Interpret.Catalogue, new DashboardQueries(reader));
        var path = output.File("tong-hop.xlsx");
        ConsolidatedWorkbook.Write(Interpret.Catalogue, values, path);
        return new XLWorkbook(path);
    }

    [Fact]
    public async Task A_province_sum_that_resolves_more_than_it_received_is_flagged_on_its_cell_and_listed()
    {
        // Tây Sơn received and resolved 5; Phù Cát sent only what it resolved (7). Neither report breaks a rule alone,
        // but the province's sums do: 12 resolved against 5 received.
        Pl3("UBND HUYỆN TÂY SƠN", "tay-son.xlsx", ["-", "Số lượng PAKN đã tiếp nhận trong năm", 5], ["-", "Số lượng PAKN đã giải quyết trong năm", 5]);
        Pl3("UBND HUYỆN PHÙ CÁT", "phu-cat.xlsx", ["-", "Số lượng PAKN đã giải quyết trong năm", 7]);

        using var workbook = await ConsolidatedAsync();

        Assert.Empty(folder.Query<string>("SELECT rule_code FROM v_rule_violation"));
        var flagged = workbook.Worksheet("PL3").CellsUsed(XLCellsUsedOptions.Comments)
            .Where(c => c.HasComment && c.Comment.Text.Contains("Cảnh báo:", StringComparison.Ordinal)).ToList();
        var resolved = Assert.Single(flagged);
        Assert.Equal(12, resolved.GetDouble());
        Assert.Contains("KT01", resolved.Comment.Text);
        Assert.Contains("12 lớn hơn 5", resolved.Comment.Text);
        Assert.NotEqual(XLColor.NoColor, resolved.Style.Fill.BackgroundColor);

        var checks = workbook.Worksheet(ConsolidatedWorkbook.ChecksSheet);
        var line = Assert.Single(checks.RowsUsed(), r => r.Cell(2).GetString() == "KT01");
        Assert.Equal(("Cảnh báo", $"PL3!{resolved.Address}", "PL3.6.2", 2019.0, "12 lớn hơn 5"),
            (line.Cell(1).GetString(), line.Cell(4).GetString(), line.Cell(5).GetString(), line.Cell(6).GetDouble(), line.Cell(7).GetString()));
        Assert.StartsWith("PL3!", line.Cell(8).GetString());
        Assert.Contains(checks.CellsUsed(), c => c.GetString().StartsWith("1 giá trị vi phạm quy tắc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Figures_within_the_rules_are_not_flagged_and_the_sheet_says_none_broke_them()
    {
        Pl3("UBND HUYỆN TÂY SƠN", "tay-son.xlsx", ["-", "Số lượng PAKN đã tiếp nhận trong năm", 5], ["-", "Số lượng PAKN đã giải quyết trong năm", 5]);

        using var workbook = await ConsolidatedAsync();

        Assert.DoesNotContain(workbook.Worksheet("PL3").CellsUsed(XLCellsUsedOptions.Comments),
            c => c.HasComment && c.Comment.Text.Contains("Cảnh báo:", StringComparison.Ordinal));
        Assert.Contains(workbook.Worksheet(ConsolidatedWorkbook.ChecksSheet).CellsUsed(),
            c => c.GetString() == "Không có giá trị tổng hợp nào vi phạm quy tắc kiểm tra.");
    }

    public void Dispose()
    {
        folder.Dispose();
        output.Dispose();
    }
}
