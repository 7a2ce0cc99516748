using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Pages;
using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Charts.Definitions;

/// <summary>The district-level units ranked on one indicator in one year; units that did not report come last,
/// named, with no bar.</summary>
public static class RankingChart
{
    public static ChartSpec Build(string id, IndicatorInfo indicator, int year, IReadOnlyList<IndicatorPoint> points,
        IEnumerable<UnitInfo> units, Selection selection, ReferenceData reference)
    {
        var byUnit = points.Where(p => p.Year == year).ToDictionary(p => p.UnitCode);
        var ranked = units
            .Select(u => (Unit: u, Point: byUnit.GetValueOrDefault(u.Code)))
            .OrderBy(x => x.Point is null)
            .ThenByDescending(x => x.Point?.Value)
            .ThenBy(x => x.Unit.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
            .ToList();
        var partial = year == Selection.PartialYear;
        var sample = ranked.Any(x => x.Point?.IsSample == true);
        var series = new ChartSeries(ReferenceData.FullLabel(indicator), ranked.Select(x => x.Point is { } p
            ? new ChartPoint(x.Unit.Name, p.Value, Source: ChartText.Source(p), IsPartial: p.IsPartialYear)
            : new ChartPoint(x.Unit.Name, null, Label: "không báo cáo")).ToList(), Key: indicator.Code);
        return new ChartSpec(
            id,
            Title: $"Xếp hạng đơn vị: {ReferenceData.FullLabel(indicator)}",
            Subtitle: $"{indicator.AreaName} · năm {year}{(partial ? " (tính đến 31/3)" : "")} · {ChartText.MeasureName(indicator.UnitOfMeasure)}",
            Kind: ChartKind.HorizontalBar,
            Categories: ranked.Select(x => x.Unit.Name).ToList(),
            Series: [series],
            Format: ChartText.FormatOf(indicator.UnitOfMeasure),
            SourceLine: ChartText.SourceLine("phụ lục thống kê của các đơn vị", partial, sample),
            FilterText: $"Năm {year} · {(selection.Units.Count == 0 ? "tất cả đơn vị cấp huyện" : "đang chọn: " + string.Join(", ", selection.Units.Select(reference.UnitName)))}",
            IsSample: sample,
            CategoryKeys: ranked.Select(x => x.Unit.Code).ToList(),
            Hint: "bấm vào một đơn vị để lọc");
    }
}
