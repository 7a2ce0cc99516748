using CCHC.Etl.Templates;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Samples;

/// <summary>The sample value of every indicator, unit and year, from <see cref="IndicatorProfiles"/>. Null means the
/// unit does not report that row (province-only rows for a district, years before a system existed, group rows).</summary>
internal sealed class SampleIndicatorValues(Catalogue catalogue)
{
    readonly Dictionary<string, Indicator> indicators = catalogue.Indicators.ToDictionary(i => i.Code);
    readonly Dictionary<(string, string, int), double?> memo = [];

    public double? Value(Unit unit, string indicatorCode, int year)
    {
        var key = (unit.Code, indicatorCode, year);
        if (!memo.TryGetValue(key, out var value))
            memo[key] = value = Compute(unit, indicatorCode, year);
        return value;
    }

    double? Compute(Unit unit, string code, int year)
    {
        if (!indicators.TryGetValue(code, out var indicator) || indicator.UnitOfMeasure == "group") return null;
        var isProvince = unit.Level == "province";
        if (indicator.AppliesTo != "both" && indicator.AppliesTo != unit.Level) return null;
        var pair = IndicatorProfiles.For(code, indicator.UnitOfMeasure);
        var profile = isProvince ? pair.Province : pair.District;
        if (profile is null || year < (profile.FromYear ?? int.MinValue)) return null;

        var size = isProvince ? 1 : Math.Pow(UnitSize.Factor(unit), profile.Exponent);
        var noise = StableNoise.Signed(unit.Code, code, year.ToString());
        var span = Math.Min(year, AppendixYears.Report2020.PartialYear!.Value - 1) - AppendixYears.Report2020.First;
        return profile switch
        {
            Flow f => FlowValue(f, size, year, noise, StableNoise.Unit(unit.Code, code, "quarter")),
            Stock s => Math.Max(0, Math.Round(s.Level2015 * Math.Pow(1 + s.Growth, span) * size * (1 + 0.015 * noise))),
            Rate r => RateValue(r, unit, isProvince, year, noise),
            Flag g => year >= FirstYes(g, unit, isProvince, code) ? 1 : 0,
            SumOf s => Sum(s.Codes.Select(c => Value(unit, c, year))),
            ShareOf s => Share(s, unit, code, year),
            SumOfDistricts => Sum(catalogue.Units.Where(u => u.Level == "district").Select(u => Value(u, code, year))),
            _ => null,
        };
    }

    static double FlowValue(Flow f, double size, int year, double noise, double quarterNoise)
    {
        var yearsFrom2015 = year - AppendixYears.Report2020.First;
        var annual = f.Annual2015 * Math.Pow(1 + f.Growth, yearsFrom2015) * size * (1 + 0.15 * noise);
        // The 2020 column covers January to March: roughly a quarter of the year's flow.
        if (year == AppendixYears.Report2020.PartialYear) annual *= 0.22 + 0.06 * quarterNoise;
        return Math.Max(0, Math.Round(annual));
    }

    static double RateValue(Rate r, Unit unit, bool isProvince, int year, double noise)
    {
        var t = (Math.Min(year, AppendixYears.Report2020.PartialYear!.Value - 1) - AppendixYears.Report2020.First) / (double)(AppendixYears.Report2020.PartialYear!.Value - 1 - AppendixYears.Report2020.First);
        var value = r.From + (r.To - r.From) * t;
        if (year == AppendixYears.Report2020.PartialYear) value += (100 - value) * 0.15;
        if (!isProvince)
        {
            var gap = 100 - value;
            // Mountain districts lag (fewer connected communes, longer distances); urban ones lead.
            value = unit.Terrain switch
            {
                "mountain" => value * (1 - 0.5 * gap / 100),
                "urban" => value + gap * 0.3 * value / 100,
                _ => value,
            };
        }
        value += noise * Math.Min(1.5, 0.12 * (100 - value) + 0.2);
        return Math.Round(Math.Clamp(value, 0, 100), 1);
    }

    static int FirstYes(Flag g, Unit unit, bool isProvince, string code) =>
        isProvince ? g.FirstYear
            : g.FirstYear + (unit.Terrain == "mountain" ? 1 : 0) + (StableNoise.Unit(unit.Code, code, "flag") < 0.35 ? 1 : 0);

    double? Share(ShareOf s, Unit unit, string code, int year)
    {
        if (Sum(s.Codes.Select(c => Value(unit, c, year))) is not { } total) return null;
        var shaved = s.Ratio >= 1 ? 1 : 1 - 0.04 * StableNoise.Unit(unit.Code, code, year.ToString(), "share");
        return Math.Min(total, Math.Round(total * s.Ratio * shaved));
    }

    static double? Sum(IEnumerable<double?> values)
    {
        double? total = null;
        foreach (var v in values)
            if (v is { } x) total = (total ?? 0) + x;
        return total;
    }
}
