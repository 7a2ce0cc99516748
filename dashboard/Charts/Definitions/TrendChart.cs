using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Pages;
using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Charts.Definitions;

/// <summary>An indicator over the years: one line per unit, plus the district-level aggregate when asked; a yes/no
/// indicator as a units × years grid. A year a unit did not report is a gap, never a zero (or a "Không").</summary>
public static class TrendChart
{
    public static ChartSpec Build(string id, IndicatorInfo indicator, IReadOnlyList<IndicatorPoint> points,
        IReadOnlyList<AggregatePoint>? aggregate, Selection selection, ReferenceData reference)
    {
        var years = Enumerable.Range(selection.FromYear, Math.Max(0, selection.EffectiveToYear - selection.FromYear + 1)).ToList();
        if (ChartText.FormatOf(indicator.UnitOfMeasure) == ValueFormat.YesNo && points.Count > 0)
            return YesNoGrid(id, indicator, points, years, selection, reference);
        var categories = years.Select(y => y.ToString()).ToList();
        var series = new List<ChartSeries>();
        if (aggregate is { Count: > 0 })
        {
            var name = AggregateName(indicator.UnitOfMeasure, reference.Words);
            series.Add(new ChartSeries(name, years.Select(y => aggregate.FirstOrDefault(a => a.Year == y) is { } a
                ? new ChartPoint(y.ToString(), a.Value, Source: $"{(a.Method == "sum" ? "tổng" : "trung bình")} của {a.UnitsReporting} đơn vị cấp huyện đã báo cáo", IsPartial: a.IsPartialYear)
                : new ChartPoint(y.ToString(), null)).ToList(), Key: "district-aggregate", Color: "#333333"));
        }
        foreach (var unit in points.GroupBy(p => p.UnitCode).OrderBy(g => g.Key == reference.Words.Scope.ProvinceCode ? "" : g.Key))
        {
            series.Add(new ChartSeries(reference.UnitName(unit.Key), years.Select(y => unit.FirstOrDefault(p => p.Year == y) is { } p
                ? new ChartPoint(y.ToString(), p.Value, Source: ChartText.Source(p), IsPartial: p.IsPartialYear)
                : new ChartPoint(y.ToString(), null)).ToList(), Key: unit.Key, Color: Palette.ForUnit(unit.Key)));
        }
        var partial = reference.Years.Partial is { } partialYear && years.Contains(partialYear);
        var sample = points.Any(p => p.IsSample);
        return new ChartSpec(
            id,
            Title: ReferenceData.FullLabel(indicator),
            Subtitle: $"{indicator.AreaName} · Phụ lục {indicator.Appendix[2..]} · {ChartText.MeasureName(indicator.UnitOfMeasure)} · {ChartText.Years(selection.FromYear, selection.EffectiveToYear)}",
            Kind: ChartKind.Line,
            Categories: categories,
            Series: series,
            Format: ChartText.FormatOf(indicator.UnitOfMeasure),
            SourceLine: ChartText.SourceLine(ChartText.UnitWorkbooks(points), partial ? reference.Years : null, sample),
            FilterText: SelectionText.Describe(selection, reference.UnitName, reference.AreaName, withArea: false),
            IsSample: sample,
            PartialCategory: partial ? reference.Years.Partial!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            XAxisTitle: "Năm",
            YAxisTitle: ChartText.MeasureName(indicator.UnitOfMeasure)) { Years = reference.Years };
    }

    /// <summary>A yes/no indicator as units × years, each cell "Có" or "Không" (grey where not reported): lines of
    /// 0s and 1s would lie on top of each other, and a district mean of yes/no reads as neither.</summary>
    static ChartSpec YesNoGrid(string id, IndicatorInfo indicator, IReadOnlyList<IndicatorPoint> points, List<int> years,
        Selection selection, ReferenceData reference)
    {
        var series = points.GroupBy(p => p.UnitCode).OrderBy(g => g.Key == reference.Words.Scope.ProvinceCode ? "" : g.Key).Select(unit =>
            new ChartSeries(reference.UnitName(unit.Key), years.Select(y => unit.FirstOrDefault(p => p.Year == y) is { } p
                ? new ChartPoint(y.ToString(), p.Value, Label: ViNumber.Format(p.Value, ValueFormat.YesNo), Source: ChartText.Source(p), IsPartial: p.IsPartialYear)
                : new ChartPoint(y.ToString(), null, Label: ViNumber.NotReported)).ToList(), Key: unit.Key)).ToList();
        var partial = reference.Years.Partial is { } partialYear && years.Contains(partialYear);
        var sample = points.Any(p => p.IsSample);
        return new ChartSpec(
            id,
            Title: ReferenceData.FullLabel(indicator),
            Subtitle: $"{indicator.AreaName} · Phụ lục {indicator.Appendix[2..]} · có/không theo đơn vị và năm · {ChartText.Years(selection.FromYear, selection.EffectiveToYear)}",
            Kind: ChartKind.Heatmap,
            Categories: years.Select(y => y.ToString()).ToList(),
            Series: series,
            Format: ValueFormat.YesNo,
            SourceLine: ChartText.SourceLine(ChartText.UnitWorkbooks(points), partial ? reference.Years : null, sample),
            FilterText: SelectionText.Describe(selection, reference.UnitName, reference.AreaName, withArea: false),
            IsSample: sample,
            PartialCategory: partial ? reference.Years.Partial!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            XAxisTitle: "Năm",
            YAxisTitle: "Đơn vị") { Years = reference.Years };
    }

    /// <summary>"Tổng 11 huyện, thị xã, thành phố", "Trung bình các huyện, thị xã, thành phố".</summary>
    public static string AggregateName(string unitOfMeasure, ReportWords words) =>
        unitOfMeasure == "count" ? $"Tổng {words.Districts}" : $"Trung bình các {words.DistrictKinds}";
}
