using CCHC.Dashboard.Charts.Model;

namespace CCHC.Dashboard.Tests.Charts;

/// <summary>Chart specs as the pages build them, small enough to check by eye.</summary>
static class Specs
{
    public static readonly string[] Years = ["2015", "2016", "2017", "2018", "2019", "2020"];

    static ChartPoint Point(string year, double? value) => new(year, value,
        Source: $"PL1_{year}.xlsx › Phụ lục 1 › D12", IsPartial: year == "2020");

    /// <summary>Two units over 2015–2020; Bình Định reported nothing for 2017; 2020 is the first quarter.</summary>
    /// <summary>The shipped catalogue's years, which the chart definitions give every spec: 2015–2020, 2020 to 31/3.</summary>
    public static readonly CCHC.Dashboard.Slicers.ReportYears ShippedYears = new(2015, 2020, 2020, "31/3");

    public static ChartSpec Trend(string? partial = "2020", IReadOnlyList<string>? years = null)
    {
        years ??= Years;
        return new ChartSpec("trend-pl1", "Số văn bản chỉ đạo, điều hành", "Bình Định và Quy Nhơn, 2015–2020",
            ChartKind.Line, years,
            [
                new("Bình Định", years.Select(y => Point(y, y == "2017" ? null : 1234)).ToList(), Key: "52"),
                new("Quy Nhơn", years.Select(y => Point(y, 400 + int.Parse(y) - 2015)).ToList(), Key: "540"),
            ],
            ValueFormat.Count, "Nguồn: Phụ lục 1; năm 2020 tính đến 31/3", "Chỉ tiêu PL1.1", IsSample: false,
            PartialCategory: partial, YAxisTitle: "Số văn bản") { Years = ShippedYears };
    }

    /// <summary>A ranking of three units by a percentage, with their unit codes as category keys.</summary>
    public static ChartSpec Ranking(ChartKind kind = ChartKind.Bar) => new("rank-pl2", "Tỷ lệ hồ sơ đúng hạn", "Năm 2019",
        kind, ["Quy Nhơn", "An Lão", "Hoài Nhơn"],
        [new("Tỷ lệ", [new("Quy Nhơn", 98.7, Source: "PL2.xlsx › 540 › E7"), new("An Lão", 91.25), new("Hoài Nhơn", null)], Key: "PL2.3")],
        ValueFormat.Percent, "Nguồn: Phụ lục 2", "", IsSample: false, CategoryKeys: ["540", "542", "543"]);

    /// <summary>Units × indicators; Quy Nhơn did not report PL1.2, An Lão reported a real zero.</summary>
    public static ChartSpec Heatmap() => new("heat-pl1", "Mức độ hoàn thành", "Năm 2019", ChartKind.Heatmap,
        ["PL1.1", "PL1.2"],
        [
            new("Bình Định", [new("PL1.1", 100), new("PL1.2", 55.5, Label: "55,5 % (11/20)")], Key: "52"),
            new("Quy Nhơn", [new("PL1.1", 20), new("PL1.2", null)], Key: "540"),
            new("An Lão", [new("PL1.1", 0), new("PL1.2", 60)], Key: "542"),
        ],
        ValueFormat.Percent, "Nguồn: Phụ lục 1", "", IsSample: true, CategoryKeys: ["PL1.1", "PL1.2"]);

    public static ChartSpec Achievement() => new("targets-area", "Mục tiêu theo lĩnh vực", "2011–2020", ChartKind.StackedBar,
        ["Cải cách thể chế", "Cải cách thủ tục hành chính"],
        [
            new("Đạt", [new("Cải cách thể chế", 5), new("Cải cách thủ tục hành chính", 7)]),
            new("Không đạt", [new("Cải cách thể chế", 1), new("Cải cách thủ tục hành chính", 2)]),
        ],
        ValueFormat.Count, "Nguồn: Phụ lục 8", "", IsSample: false);

    public static ChartSpec Donut() => new("targets-donut", "Đạt / không đạt", "2011–2020", ChartKind.Donut,
        ["Đạt", "Không đạt", "Không báo cáo"],
        [new("Mục tiêu", [new("Đạt", 14), new("Không đạt", 7), new("Không báo cáo", null)])],
        ValueFormat.Count, "Nguồn: Phụ lục 8", "", IsSample: false);

    public static ChartSpec Empty() => new("empty", "Trống", "", ChartKind.Line, Years,
        [new("Bình Định", Years.Select(y => new ChartPoint(y, null)).ToList(), Key: "52")],
        ValueFormat.Count, "", "", IsSample: false);

    public static IEnumerable<ChartSpec> OfEveryKind() =>
    [
        Trend(), Ranking(ChartKind.Bar), Ranking(ChartKind.HorizontalBar), Achievement(), Heatmap(), Donut(), Empty(),
    ];
}
