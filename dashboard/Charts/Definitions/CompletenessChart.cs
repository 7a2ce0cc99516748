using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Charts.Definitions;

/// <summary>How complete the reporting is: per appendix, the share of unit-years with at least one value.</summary>
public static class CompletenessChart
{
    public static ChartSpec Build(string id, IReadOnlyList<CompletenessCell> cells, Selection selection, string filterText)
    {
        var byAppendix = cells.GroupBy(c => c.Appendix).OrderBy(g => g.Key).ToList();
        var points = byAppendix.Select(g => new ChartPoint($"Phụ lục {g.Key[2..]}", Math.Round(100.0 * g.Count(c => c.Reported) / g.Count(), 1),
            Source: $"{g.Count(c => c.Reported)}/{g.Count()} ô đơn vị × năm đã báo cáo")).ToList();
        return new ChartSpec(
            id,
            Title: "Mức đầy đủ của báo cáo theo phụ lục",
            Subtitle: $"Tỷ lệ ô đơn vị × năm có số liệu · {ChartText.Years(selection.FromYear, selection.EffectiveToYear)}",
            Kind: ChartKind.Bar,
            Categories: points.Select(p => p.Category).ToList(),
            Series: [new ChartSeries("Đã báo cáo", points, Color: Palette.Achieved)],
            Format: ValueFormat.Percent,
            SourceLine: ChartText.SourceLine("nhật ký nạp các tệp phụ lục (đơn vị × phụ lục × năm đã nhận)", null, cells.Any(c => c.SampleFacts > 0)),
            FilterText: filterText,
            IsSample: cells.Any(c => c.SampleFacts > 0),
            CategoryKeys: byAppendix.Select(g => g.Key).ToList());
    }
}
