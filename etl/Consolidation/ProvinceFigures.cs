using System.Globalization;
using CCHC.Warehouse.Model;
using CCHC.Warehouse.Queries;

namespace CCHC.Etl.Consolidation;

/// <summary>The province's figure for each indicator and year, by the plan's division of work (seed 000, II.2): the
/// report of the department the catalogue names for the row, else another report of the province's own, else the
/// district-level units' values by the rule the catalogue states for the indicator (<see cref="Indicator.Aggregation"/>).
/// Nothing is guessed: a rule of "none" leaves the cell empty and says why.</summary>
public static class ProvinceFigures
{
    static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IReadOnlyList<ProvinceFigure> Of(Catalogue catalogue, IReadOnlyList<SourceValue> values, IReadOnlyList<int> years)
    {
        var districts = catalogue.Units.Where(u => u.Level == "district").OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var byKey = values.ToLookup(v => (v.IndicatorCode, v.Year));
        var figures = new List<ProvinceFigure>();
        foreach (var indicator in catalogue.Indicators.Where(i => i.UnitOfMeasure != "group").OrderBy(i => i.SortOrder))
            foreach (var year in years)
                figures.Add(Figure(catalogue, indicator, year, byKey[(indicator.Code, year)].ToList(), byKey, districts));
        return figures;
    }

    static ProvinceFigure Figure(Catalogue catalogue, Indicator indicator, int year, List<SourceValue> values,
        ILookup<(string, int), SourceValue> all, IReadOnlyList<Unit> districts)
    {
        var own = values.Where(v => v.UnitLevel == "province").ToList();
        // The department the plan charges with the row wins; another report of the province's own comes next.
        var report = own.FirstOrDefault(v => v.DepartmentCode == indicator.DepartmentCode) ?? own.FirstOrDefault();
        if (report is not null)
            return new ProvinceFigure(indicator.Code, year, report.Value, $"Báo cáo của {Reporter(catalogue, report)}", [report], []);

        var byUnit = values.Where(v => v.UnitLevel == "district").GroupBy(v => v.UnitCode).ToDictionary(g => g.Key, g => g.First());
        var reported = districts.Where(d => byUnit.ContainsKey(d.Code)).ToList();
        var missing = districts.Where(d => !byUnit.ContainsKey(d.Code)).Select(d => d.Name).ToList();
        var sources = reported.Select(d => byUnit[d.Code]).ToList();
        var of = $"{reported.Count}/{districts.Count} đơn vị cấp huyện";
        if (reported.Count == 0)
            return new ProvinceFigure(indicator.Code, year, null, "Chưa có báo cáo", [], []);

        switch (indicator.Aggregation)
        {
            case "sum":
                return Aggregated(indicator, year, sources.Sum(s => s.Value), $"Tổng của {of}", sources, missing);
            case "mean":
                return Aggregated(indicator, year, sources.Average(s => s.Value), $"Bình quân (không gia quyền) của {of}", sources, missing);
            case "weighted" when indicator.WeightCode is { } weightCode:
                {
                    var weights = all[(weightCode, year)].Where(w => w.UnitLevel == "district").GroupBy(w => w.UnitCode).ToDictionary(g => g.Key, g => g.First());
                    var weighed = sources.Where(s => weights.ContainsKey(s.UnitCode) && weights[s.UnitCode].Value > 0).ToList();
                    var unweighed = reported.Where(d => !weighed.Any(s => s.UnitCode == d.Code)).Select(d => d.Name);
                    if (weighed.Count == 0)
                        return new ProvinceFigure(indicator.Code, year, null, "Không tính được: thiếu quyền số", sources, missing)
                        { Comment = $"Cần số liệu {weightCode} của các đơn vị để tính bình quân gia quyền." };
                    var total = weighed.Sum(s => weights[s.UnitCode].Value);
                    var value = weighed.Sum(s => s.Value * weights[s.UnitCode].Value) / total;
                    return Aggregated(indicator, year, value, $"Bình quân gia quyền theo {weightCode} của {weighed.Count}/{districts.Count} đơn vị cấp huyện",
                        [.. weighed, .. weighed.Select(s => weights[s.UnitCode])], [.. missing, .. unweighed]);
                }
            default:
                return new ProvinceFigure(indicator.Code, year, null, "Không cộng từ các huyện (quy tắc tổng hợp: không)", sources, [])
                {
                    Comment = $"{of} có báo cáo, nhưng chỉ tiêu này không tổng hợp được từ số liệu các huyện " +
                        $"(danh mục: aggregation = none); cần báo cáo của {DepartmentName(catalogue, indicator.DepartmentCode)}.",
                };
        }
    }

    static ProvinceFigure Aggregated(Indicator indicator, int year, double value, string method, List<SourceValue> sources, List<string> missing) =>
        new(indicator.Code, year, Math.Round(value, 2), method, sources, missing)
        {
            Comment = missing.Count == 0 ? null
                : $"{method}; thiếu số liệu của {missing.Count} đơn vị: {string.Join(", ", missing)}.",
        };

    static string Reporter(Catalogue catalogue, SourceValue report) =>
        report.DepartmentCode is { } code ? DepartmentName(catalogue, code) : "UBND tỉnh";

    static string DepartmentName(Catalogue catalogue, string? code) =>
        catalogue.Departments.FirstOrDefault(d => d.Code == code)?.Name ?? "sở phụ trách";

    /// <summary>A value as the sheet's sources list shows it: "1.234" or "98,7".</summary>
    public static string Show(double value) => value.ToString("#,##0.##", Vietnamese);
}
