using CCHC.Etl.Consolidation;
using CCHC.Etl.Tests.Builders;
using CCHC.Warehouse.Queries;
using ClosedXML.Excel;

namespace CCHC.Etl.Tests.Consolidation;

/// <summary>No department reported Phụ lục 3: the province figures come from the district-level units by the
/// catalogue's rule per indicator, and say which units are missing.</summary>
public sealed class DistrictAggregationTests : IDisposable
{
    readonly LoadedFolder folder = new();

    public DistrictAggregationTests()
    {
        void Pl3(string issuer, string file, int received, double onTime, int districtProcedures) =>
            new WorkbookBuilder().Sheet("PL3",
                [issuer], ["PHỤ LỤC 3"], ["STT", "Chỉ tiêu", "Năm 2019"],
                ["1.", "Tổng số TTHC của tỉnh"],
                ["-", "Số lượng TTHC cấp huyện", districtProcedures],
                ["5.", "Kết quả giải quyết hồ sơ TTHC"],
                ["-", "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)", onTime],
                ["6.", "Tiếp nhận và xử lý PAKN về TTHC"],
                ["-", "Số lượng PAKN đã tiếp nhận trong năm", received]).Save(folder.Input.Path, file);
        Pl3("UBND HUYỆN TÂY SƠN", "tay-son.xlsx", 12, 98.0, 251);
        Pl3("UBND HUYỆN PHÙ CÁT", "phu-cat.xlsx", 8, 96.5, 251);
        folder.Load();
    }

    async Task<ConsolidatedValues> Consolidate()
    {
        using var reader = new WarehouseReader(folder.Warehouse);
        return await ConsolidatedValues.ReadAsync(Interpret.Catalogue, new DashboardQueries(reader));
    }

    static ProvinceFigure Figure(ConsolidatedValues values, string code) => values.Figures.Single(f => f.IndicatorCode == code && f.Year == 2019);

    [Fact]
    public async Task A_count_is_the_sum_of_the_units_and_names_the_nine_that_did_not_report()
    {
        var received = Figure(await Consolidate(), "PL3.6.1");

        Assert.Equal(20, received.Value);
        Assert.Equal("Tổng của 2/11 đơn vị cấp huyện", received.Method);
        Assert.Equal(9, received.Missing.Count);
        Assert.Contains("An Lão", received.Comment);
        Assert.Equal(["phu-cat.xlsx", "tay-son.xlsx"], received.Sources.Select(s => s.SourceFile).Order());
    }

    [Fact]
    public async Task A_rate_is_the_unweighted_mean_and_says_so()
    {
        var onTime = Figure(await Consolidate(), "PL3.5.2");

        Assert.Equal(97.25, onTime.Value);
        Assert.StartsWith("Bình quân (không gia quyền)", onTime.Method);
    }

    [Fact]
    public async Task A_list_every_unit_counts_alike_is_not_added_up_and_the_cell_says_whose_report_it_needs()
    {
        var procedures = Figure(await Consolidate(), "PL3.1.2");

        Assert.Null(procedures.Value);
        Assert.Contains("Văn phòng UBND tỉnh", procedures.Comment);
    }

    [Fact]
    public async Task A_department_report_wins_over_the_districts_sum()
    {
        new WorkbookBuilder().Sheet("PL3",
            ["UBND TỈNH BÌNH ĐỊNH"], ["VĂN PHÒNG UBND TỈNH"], ["PHỤ LỤC 3"], ["STT", "Chỉ tiêu", "Năm 2019"],
            ["6.", "Tiếp nhận và xử lý PAKN về TTHC"],
            ["-", "Số lượng PAKN đã tiếp nhận trong năm", 140]).Save(folder.Input.Path, "vp-ubnd.xlsx");
        folder.Load();

        var received = Figure(await Consolidate(), "PL3.6.1");

        Assert.Equal((140.0, "Báo cáo của Văn phòng UBND tỉnh"), (received.Value, received.Method));
        Assert.Equal(("vp-ubnd.xlsx", "C6"), (received.Sources.Single().SourceFile, received.Sources.Single().SourceCell));
    }

    [Fact]
    public async Task The_cell_of_a_figure_with_missing_units_carries_a_comment_naming_them()
    {
        var values = await Consolidate();
        using var dir = new TempDirectory();
        var path = dir.File("tong-hop.xlsx");
        ConsolidatedWorkbook.Write(Interpret.Catalogue, values, path);

        using var workbook = new XLWorkbook(path);
        var commented = workbook.Worksheet("PL3").CellsUsed(XLCellsUsedOptions.Comments).Where(c => c.HasComment).ToList();
        var sum = Assert.Single(commented, c => c.DataType == XLDataType.Number && c.GetDouble() == 20);
        Assert.Contains("Vân Canh", sum.Comment.Text);
        // No sample data went in: the consolidation is not marked as sample.
        Assert.DoesNotContain(workbook.Worksheet("PL3").CellsUsed(), c => c.GetString().StartsWith("DỮ LIỆU MẪU", StringComparison.Ordinal));
    }

    public void Dispose() => folder.Dispose();
}
