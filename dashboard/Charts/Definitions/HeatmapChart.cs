using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Pages;
using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Charts.Definitions;

/// <summary>Units × indicators of one year. Indicators have different scales (counts, percentages), so the colour is
/// the unit's standing among the units that reported that indicator (the point's shade: 0 = lowest, 100 = highest);
/// the point's value and text are the real value. An unreported cell stays grey, never "lowest".</summary>
public static class HeatmapChart
{
    public static ChartSpec Build(string id, IReadOnlyList<IndicatorInfo> indicators, int year, IReadOnlyList<IndicatorPoint> points,
        IReadOnlyList<UnitInfo> units, Selection selection, ReferenceData reference)
    {
        var inYear = points.Where(p => p.Year == year).ToList();
        var shown = indicators.Where(i => inYear.Any(p => p.IndicatorCode == i.Code)).OrderBy(i => i.SortOrder).ToList();
        var standing = shown.ToDictionary(i => i.Code, i => Standing(inYear.Where(p => p.IndicatorCode == i.Code).ToList()));
        var series = units.Select(u => new ChartSeries(u.Name, shown.Select(i =>
        {
            var p = inYear.FirstOrDefault(x => x.UnitCode == u.Code && x.IndicatorCode == i.Code);
            return p is null
                ? new ChartPoint(Short(i), null, Label: "không báo cáo")
                : new ChartPoint(Short(i), p.Value, Label: ViNumber.Format(p.Value, ChartText.FormatOf(i.UnitOfMeasure)),
                    Source: $"{ReferenceData.FullLabel(i)}: {ChartText.Source(p)}", IsPartial: p.IsPartialYear,
                    Shade: standing[i.Code][u.Code], Format: ChartText.FormatOf(i.UnitOfMeasure));
        }).ToList(), Key: u.Code)).ToList();
        var sample = inYear.Any(p => p.IsSample);
        var years = reference.Years;
        var partial = years.IsPartial(year);
        var area = selection.Area is null ? "tất cả lĩnh vực" : reference.AreaName(selection.Area);
        return new ChartSpec(
            id,
            Title: "Bản đồ nhiệt: đơn vị × chỉ tiêu",
            Subtitle: $"{area} · năm {year}{(partial ? $" ({years.PartialNote})" : "")} · màu: thứ hạng trong từng chỉ tiêu (đậm = cao hơn); giá trị thật trong chú giải và bảng",
            Kind: ChartKind.Heatmap,
            Categories: shown.Select(Short).ToList(),
            Series: series,
            Format: ValueFormat.Number,
            SourceLine: ChartText.SourceLine(ChartText.UnitWorkbooks(inYear.Where(p => units.Any(u => u.Code == p.UnitCode))), partial ? years : null, sample),
            FilterText: $"Năm {year} · Lĩnh vực: {area}",
            IsSample: sample,
            XAxisTitle: "Chỉ tiêu (mã trong danh mục)",
            CategoryKeys: shown.Select(i => i.Code).ToList(),
            Hint: "bấm vào một ô để làm nổi bật đơn vị và xếp hạng theo chỉ tiêu đó",
            Highlighted: selection.Marked) { Years = reference.Years };
    }

    /// <summary>"3.5.2": the catalogue code without "PL", short enough for a column head.</summary>
    public static string Short(IndicatorInfo i) => i.Code[2..];

    static Dictionary<string, double> Standing(List<IndicatorPoint> values)
    {
        if (values.Count == 1) return new() { [values[0].UnitCode] = 50 };
        var ordered = values.OrderBy(v => v.Value).ToList();
        var result = new Dictionary<string, double>();
        foreach (var v in values)
        {
            // Ties share the mean rank, so equal values get equal colours.
            var below = ordered.Count(o => o.Value < v.Value);
            var equal = ordered.Count(o => o.Value == v.Value);
            result[v.UnitCode] = Math.Round(100.0 * (below + (equal - 1) / 2.0) / (values.Count - 1));
        }
        return result;
    }
}
