using CCHC.Etl.Templates;
using CCHC.Warehouse.Model;
using CCHC.Warehouse.Queries;

namespace CCHC.Etl.Consolidation;

/// <summary>Everything the consolidated appendices show, read once from the warehouse: the province figures of
/// Phụ lục 1–3 and 5–7 (<see cref="ProvinceFigures"/>), Phụ lục 4's counts (the province's own report, else for the
/// district sections the sum of the district-level units) and Phụ lục 8's verdicts (the province's own only: a
/// verdict is not added up).</summary>
public sealed class ConsolidatedValues
{
    readonly Catalogue catalogue;
    readonly Dictionary<(string, int), ProvinceFigure> figures;
    readonly Dictionary<(string, string), SourceLine> orgLines;
    readonly Dictionary<string, SourceLine> verdictLines;
    readonly Dictionary<string, bool> verdicts;

    ConsolidatedValues(Catalogue catalogue, IReadOnlyList<ProvinceFigure> figures, Dictionary<(string, string), SourceLine> orgLines,
        Dictionary<string, SourceLine> verdictLines, Dictionary<string, bool> verdicts, bool isSample)
    {
        this.catalogue = catalogue;
        this.figures = figures.ToDictionary(f => (f.IndicatorCode, f.Year));
        this.orgLines = orgLines;
        this.verdictLines = verdictLines;
        this.verdicts = verdicts;
        IsSample = isSample;
    }

    public bool IsSample { get; }

    public IReadOnlyCollection<ProvinceFigure> Figures => figures.Values;

    public static async Task<ConsolidatedValues> ReadAsync(Catalogue catalogue, DashboardQueries queries)
    {
        var province = catalogue.Units.Single(u => u.Level == "province").Code;
        var districts = catalogue.Units.Where(u => u.Level == "district").ToList();
        var figures = ProvinceFigures.Of(catalogue, await queries.ProvinceSourcesAsync(), AppendixYears.Of(catalogue).All);
        var orgs = await queries.OrgCountsAsync(null);
        var evaluations = await queries.TargetEvaluationsAsync("2011-2020", null, null);

        var orgLines = new Dictionary<(string, string), SourceLine>();
        foreach (var measure in catalogue.OrgMeasures)
            foreach (var (period, _) in AppendixYears.OrgPeriods)
            {
                var values = orgs.Where(o => o.MeasureCode == measure.Code && o.Period == period).ToList();
                var own = values.FirstOrDefault(o => o.UnitCode == province);
                var fromDistricts = values.Where(o => o.UnitCode != province).ToList();
                SourceLine? line = null;
                if (own is not null)
                    line = Line(measure.Code, measure.Label, period, own.Value, "Báo cáo của tỉnh (Sở Nội vụ)", [], [own], own.IsSample);
                // Section I counts the province's own bodies: no district reports them.
                else if (measure.Section != "I" && fromDistricts.Count > 0)
                {
                    var missing = districts.Where(d => fromDistricts.All(o => o.UnitCode != d.Code)).Select(d => d.Name).ToList();
                    var method = $"Tổng của {fromDistricts.Count}/{districts.Count} đơn vị cấp huyện";
                    line = Line(measure.Code, measure.Label, period, fromDistricts.Sum(o => o.Value), method, missing, fromDistricts,
                        fromDistricts.Any(o => o.IsSample));
                }
                if (line is not null) orgLines[(measure.Code, period)] = line;
            }

        var verdictLines = new Dictionary<string, SourceLine>();
        var verdicts = new Dictionary<string, bool>();
        foreach (var target in catalogue.Targets.Where(t => t.Programme == "2011-2020"))
        {
            var judged = evaluations.Where(e => e.TargetCode == target.Code).ToList();
            if (judged.FirstOrDefault(e => e.UnitCode == province) is { } own)
            {
                verdicts[target.Code] = own.Achieved;
                verdictLines[target.Code] = new SourceLine(target.Code, target.Text, "Đánh giá", null, own.Achieved ? "Đạt" : "Không đạt",
                    "Đánh giá của tỉnh (Sở Nội vụ)", [], [(own.SourceFile, own.SourceSheet, own.SourceCell)], null) { };
            }
            else if (judged.Count > 0)
            {
                var achieved = judged.Count(e => e.Achieved);
                // District verdicts are their own: the province's is not their majority, so the cell stays for Sở Nội vụ.
                verdictLines[target.Code] = new SourceLine(target.Code, target.Text, "Đánh giá", null, null, "Chưa có đánh giá của tỉnh", [],
                    [.. judged.Select(e => (e.SourceFile, e.SourceSheet, e.SourceCell))],
                    $"Tỉnh chưa đánh giá mục tiêu này; {achieved}/{judged.Count} đơn vị cấp huyện tự đánh giá Đạt.");
            }
        }
        var isSample = figures.Any(f => f.IsSample) || orgs.Any(o => o.IsSample) || evaluations.Any(e => e.IsSample);
        return new ConsolidatedValues(catalogue, figures, orgLines, verdictLines, verdicts, isSample);
    }

    static SourceLine Line(string code, string label, string column, double value, string method, IReadOnlyList<string> missing,
        IEnumerable<OrgCount> sources, bool sample) =>
        new(code, label, column, value, null, method, missing, [.. sources.Select(s => (s.SourceFile, s.SourceSheet, s.SourceCell))],
            missing.Count == 0 ? null : $"{method}; thiếu số liệu của {missing.Count} đơn vị: {string.Join(", ", missing)}.");

    public AppendixValues For(Appendix appendix) => appendix.Kind switch
    {
        "org_count" => new AppendixValues { OrgCounts = orgLines.Where(l => l.Value.Value is not null).ToDictionary(l => l.Key, l => l.Value.Value!.Value) },
        "target" => new AppendixValues { Verdicts = verdicts.Where(v => catalogue.Targets.Any(t => t.Code == v.Key && t.AppendixCode == appendix.Code)).ToDictionary() },
        _ => new AppendixValues
        {
            Indicators = figures.Values.Where(f => f.Value is not null && IndicatorOf(f.IndicatorCode)?.AppendixCode == appendix.Code)
                .ToDictionary(f => (f.IndicatorCode, f.Year), f => f.Value!.Value),
        },
    };

    /// <summary>What the "Nguồn" sheet and the cell comment say of one value cell; null for a cell nothing speaks of.</summary>
    public SourceLine? Describe(Appendix appendix, string code, string column)
    {
        switch (appendix.Kind)
        {
            case "org_count": return orgLines.GetValueOrDefault((code, column));
            case "target": return verdictLines.GetValueOrDefault(code);
        }
        if (!int.TryParse(column, out var year) || !figures.TryGetValue((code, year), out var f)) return null;
        if (f.Value is null && f.Sources.Count == 0) return null;
        return new SourceLine(code, IndicatorOf(code)?.Label ?? code, column, f.Value, null, f.Method, f.Missing,
            [.. f.Sources.Select(s => (s.SourceFile, s.SourceSheet, s.SourceCell))], f.Comment);
    }

    Indicator? IndicatorOf(string code) => catalogue.Indicators.FirstOrDefault(i => i.Code == code);
}
