using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Pages;
using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Charts.Definitions;

/// <summary>The district-level units ranked on one indicator in one year, in one colour with the units picked out
/// marked, on an axis that shows their differences, with their mean as a reference line; units that did not
/// report come last, named, with no bar.</summary>
public static class RankingChart
{
    public static ChartSpec Build(string id, IndicatorInfo indicator, int year, IReadOnlyList<IndicatorPoint> points,
        IEnumerable<UnitInfo> units, Selection selection, ReferenceData reference)
    {
        var byUnit = points.Where(p => p.Year == year).ToDictionary(p => p.UnitCode);
        var vi = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);
        var all = units.Select(u => (Unit: u, Point: byUnit.GetValueOrDefault(u.Code))).ToList();
        // Units that did not report come last whatever the order, named, with no bar.
        var ranked = (selection.Sort switch
            {
                "asc" => all.OrderBy(x => x.Point is null).ThenBy(x => x.Point?.Value).ThenBy(x => x.Unit.Name, vi),
                "name" => all.OrderBy(x => x.Point is null).ThenBy(x => x.Unit.Name, vi),
                _ => all.OrderBy(x => x.Point is null).ThenByDescending(x => x.Point?.Value).ThenBy(x => x.Unit.Name, vi),
            }).ToList();
        var years = reference.Years;
        var partial = years.IsPartial(year);
        var sample = ranked.Any(x => x.Point?.IsSample == true);
        var format = ChartText.FormatOf(indicator.UnitOfMeasure);
        var values = ranked.Where(x => x.Point is not null).Select(x => x.Point!.Value).ToList();
        var axisFrom = AxisStart(values, format);
        var mean = values.Count > 1 ? values.Average() : (double?)null;
        var series = new ChartSeries(ReferenceData.FullLabel(indicator), ranked.Select(x => x.Point is { } p
            ? new ChartPoint(x.Unit.Name, p.Value, Source: ChartText.Source(p), IsPartial: p.IsPartialYear)
            : new ChartPoint(x.Unit.Name, null, Label: "không báo cáo")).ToList(), Key: indicator.Code, Color: Palette.Ranked);
        var marked = selection.Marked;
        return new ChartSpec(
            id,
            Title: $"Xếp hạng đơn vị: {ReferenceData.FullLabel(indicator)}",
            Subtitle: $"{indicator.AreaName} · năm {year}{(partial ? $" ({years.PartialNote})" : "")} · {ChartText.MeasureName(indicator.UnitOfMeasure)} · {OrderName(selection.Sort)}",
            Kind: ChartKind.HorizontalBar,
            Categories: ranked.Select(x => x.Unit.Name).ToList(),
            Series: [series],
            Format: format,
            SourceLine: ChartText.SourceLine(ChartText.UnitWorkbooks(byUnit.Values), partial ? years : null, sample),
            FilterText: $"Năm {year} · tất cả đơn vị cấp huyện{(marked.Count == 0 ? "" : " · đang chọn: " + string.Join(", ", marked.Select(reference.UnitName)))}",
            IsSample: sample,
            YAxisTitle: axisFrom is { } from
                ? $"{ChartText.MeasureName(indicator.UnitOfMeasure)} · trục bắt đầu từ {ViNumber.Format(from, format)}, không từ 0, để thấy rõ chênh lệch"
                : ChartText.MeasureName(indicator.UnitOfMeasure),
            CategoryKeys: ranked.Select(x => x.Unit.Code).ToList(),
            Hint: "bấm vào một đơn vị để làm nổi bật",
            Highlighted: marked,
            ValueAxisFrom: axisFrom,
            Reference: mean is { } m ? new ReferenceLine(m, $"Trung bình {values.Count} đơn vị: {ViNumber.Format(m, format)}") : null) { Years = reference.Years };
    }

    static string OrderName(string? sort) => sort switch
    {
        "asc" => "thấp đến cao",
        "name" => "theo tên đơn vị",
        _ => "cao đến thấp",
    };

    /// <summary>Where the value axis starts: at zero unless the values lie close together far from it (97,5 against
    /// 98,9 %: the spread is under a fifth of the largest), then a round step below the lowest, so differences show.</summary>
    public static double? AxisStart(IReadOnlyList<double> values, ValueFormat format)
    {
        if (values.Count < 2 || format == ValueFormat.YesNo) return null;
        double lo = values.Min(), hi = values.Max();
        if (lo <= 0 || hi - lo >= 0.2 * hi) return null;
        var step = NiceStep(Math.Max(hi - lo, hi * 0.01) / 4);
        var from = Math.Floor((lo - step) / step) * step;
        return from <= 0 ? null : Math.Round(from, 9);
    }

    static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }
}
