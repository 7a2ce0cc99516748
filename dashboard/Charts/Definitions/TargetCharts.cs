using CCHC.Dashboard.Charts.Model;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Charts.Definitions;

/// <summary>Targets achieved and missed: by reform area, and as a whole.</summary>
public static class TargetCharts
{
    public static string ProgrammeName(string programme) => programme == "2011-2025"
        ? "Mục tiêu giai đoạn 2011–2025 (Phụ lục IX)"
        : "Mục tiêu giai đoạn 2011–2020 (Phụ lục 8)";

    public static ChartSpec ByArea(string id, string programme, string whose, IReadOnlyList<AreaTargetTally> tallies, bool isSample)
    {
        var rows = tallies.Where(t => t.Achieved + t.Missed > 0).OrderBy(t => t.SortOrder).ToList();
        ChartSeries Series(string name, Func<AreaTargetTally, long> pick, string color) =>
            new(name, rows.Select(t => new ChartPoint(t.AreaName, pick(t), Source: $"{pick(t)} lượt đánh giá trong {t.Targets} mục tiêu của lĩnh vực")).ToList(), Color: color);
        return new ChartSpec(
            id,
            Title: $"Đạt / không đạt theo lĩnh vực – {ProgrammeName(programme)}",
            Subtitle: whose,
            Kind: ChartKind.StackedBar,
            Categories: rows.Select(t => t.AreaName).ToList(),
            Series: [Series("Đạt", t => t.Achieved, Palette.Achieved), Series("Không đạt", t => t.Missed, Palette.Missed)],
            Format: ValueFormat.Count,
            SourceLine: ChartText.SourceLine(programme == "2011-2025" ? "Phụ lục IX, Báo cáo năm 2025 của UBND tỉnh" : "Phụ lục 8 của các đơn vị", null, isSample),
            FilterText: whose,
            IsSample: isSample,
            CategoryKeys: rows.Select(t => t.AreaCode).ToList());
    }

    public static ChartSpec Share(string id, string programme, string whose, long achieved, long missed, bool isSample) => new(
        id,
        Title: ProgrammeName(programme),
        Subtitle: whose,
        Kind: ChartKind.Donut,
        Categories: ["Đạt", "Không đạt"],
        // No target judged (an area without targets in the programme) is no data, not a ring of zeros with a legend.
        Series: [new ChartSeries("Số mục tiêu", achieved + missed == 0
            ? [new ChartPoint("Đạt", null), new ChartPoint("Không đạt", null)]
            : [new ChartPoint("Đạt", achieved), new ChartPoint("Không đạt", missed)])],
        Format: ValueFormat.Count,
        SourceLine: ChartText.SourceLine(programme == "2011-2025" ? "Phụ lục IX, Báo cáo năm 2025 của UBND tỉnh" : "Phụ lục 8", null, isSample),
        FilterText: whose,
        IsSample: isSample);
}
