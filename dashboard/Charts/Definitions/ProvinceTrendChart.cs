using CCHC.Dashboard.Charts.Model;
using CCHC.Etl.Consolidation;
using CCHC.Etl.Templates;
using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Model;

namespace CCHC.Dashboard.Charts.Definitions;

/// <summary>The province's consolidated figure of one indicator over the appendix years: the line the report's
/// tables and sentences speak of (a department's report, else the districts by the catalogue's rule), not the
/// dashboard's plain district total, which would disagree with the table beside it.</summary>
public static class ProvinceTrendChart
{
    /// <param name="appendixYears">The appendices' year columns, from the catalogue.</param>
    public static ChartSpec Build(string id, Indicator indicator, string areaName, string provinceName, IReadOnlyList<ProvinceFigure> figures,
        AppendixYears appendixYears)
    {
        var years = appendixYears.All;
        var byYear = figures.Where(f => f.IndicatorCode == indicator.Code).ToDictionary(f => f.Year);
        var points = years.Select(y => byYear.TryGetValue(y, out var f) && f.Value is { } v
            ? new ChartPoint(y.ToString(), v, Source: $"{f.Method} ({f.Sources.Count} giá trị nguồn)", IsPartial: y == appendixYears.PartialYear)
            : new ChartPoint(y.ToString(), null)).ToList();
        var sample = byYear.Values.Any(f => f.IsSample);
        var partial = points.Any(p => p.IsPartial && p.Value is not null);
        return new ChartSpec(
            id,
            Title: indicator.Label,
            Subtitle: $"Tỉnh {provinceName} · {areaName} · Phụ lục {indicator.AppendixCode[2..]} · {ChartText.MeasureName(indicator.UnitOfMeasure)} · {ChartText.Years(years[0], years[^1])}",
            Kind: ChartKind.Line,
            Categories: years.Select(y => y.ToString()).ToList(),
            Series: [new ChartSeries($"Tỉnh {provinceName} (tổng hợp)", points, Key: "province", Color: "#0072B2")],
            Format: ChartText.FormatOf(indicator.UnitOfMeasure),
            SourceLine: ChartText.SourceLine("phụ lục tổng hợp của tỉnh (báo cáo của sở, hoặc tổng hợp từ các đơn vị cấp huyện)",
                partial ? new ReportYears(appendixYears.First, appendixYears.Last, appendixYears.PartialYear, appendixYears.PartialUntil) : null, sample),
            FilterText: $"Tỉnh {provinceName}",
            IsSample: sample,
            PartialCategory: partial ? appendixYears.PartialYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            XAxisTitle: "Năm",
            YAxisTitle: ChartText.MeasureName(indicator.UnitOfMeasure));
    }
}
