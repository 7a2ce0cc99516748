using CCHC.Warehouse.Queries;

namespace CCHC.Warehouse.Tests;

public sealed class TargetQueryTests(QueryWarehouse warehouse) : IClassFixture<QueryWarehouse>
{
    private DashboardQueries Queries => warehouse.Queries;

    [Fact]
    public async Task Tallies_count_each_units_verdicts_against_the_programmes_targets()
    {
        Assert.Equal(
            [
                new TargetTally("2011-2020", "540", "Quy Nhơn", 1, 1, 0, 2, true),
                new TargetTally("2011-2020", "543", "Hoài Nhơn", 1, 0, 1, 2, true),
                new TargetTally("2011-2025", "52", "Bình Định", 2, 1, 0, 3, false),
            ],
            await Queries.TargetTalliesAsync());
    }

    [Fact]
    public async Task By_area_counts_every_units_verdicts_or_one_units()
    {
        Assert.Equal(
            [
                new AreaTargetTally("CDDH", "Chỉ đạo, điều hành cải cách hành chính", 1, 2, 0, 1),
                new AreaTargetTally("TTHC", "Cải cách thủ tục hành chính", 3, 0, 1, 1),
            ],
            await Queries.TargetsByAreaAsync("2011-2020", null));
        Assert.Equal([("CDDH", 1L, 0L), ("TTHC", 0L, 0L)],
            (await Queries.TargetsByAreaAsync("2011-2020", TestCatalogue.HoaiNhon)).Select(area => (area.AreaCode, area.Achieved, area.Missed)));
        Assert.Equal([("CDDH", 1L, 0L, 1L), ("TTHC", 1L, 1L, 2L)],
            (await Queries.TargetsByAreaAsync("2011-2025", TestCatalogue.Province)).Select(area => (area.AreaCode, area.Achieved, area.Missed, area.Targets)));
    }

    [Fact]
    public async Task Evaluations_come_by_programme_target_and_unit_traced_to_their_cell()
    {
        var evaluations = await Queries.TargetEvaluationsAsync(null, null, null);

        Assert.Equal(
            [("2011-2020", 1, "540"), ("2011-2020", 1, "543"), ("2011-2020", 2, "540"), ("2011-2025", 1, "52"), ("2011-2025", 2, "52"), ("2011-2025", 3, "52")],
            evaluations.Select(evaluation => (evaluation.Programme, evaluation.TargetNo, evaluation.UnitCode)));
        Assert.Equal(
            new TargetEvaluation("2011-2025", 2, "PL9.2", "100% TTHC trực tuyến toàn trình", "TTHC", "Cải cách thủ tục hành chính",
                "52", "Bình Định", false, "Kết quả PL9.2", "Không đạt", "phu-luc-ix.xlsx", "PL9", "D9", false),
            evaluations[4]);
    }

    [Fact]
    public async Task Evaluations_filter_by_programme_area_and_units()
    {
        Assert.Equal([("PL8.1", "543")],
            (await Queries.TargetEvaluationsAsync("2011-2020", "CDDH", [TestCatalogue.HoaiNhon])).Select(e => (e.TargetCode, e.UnitCode)));
        Assert.Equal(["PL9.2", "PL9.3"], (await Queries.TargetEvaluationsAsync(null, "TTHC", [TestCatalogue.Province])).Select(e => e.TargetCode));
        Assert.Equal(6, (await Queries.TargetEvaluationsAsync(null, null, [])).Count);
    }
}
