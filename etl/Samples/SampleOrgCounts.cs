using CCHC.Etl.Templates;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Samples;

/// <summary>Sample Phụ lục 4 counts at the end of 2010 and 2019. A district counts its own offices and public service
/// units (mostly schools); the province counts its departments and adds up the districts, so the two agree.</summary>
internal sealed class SampleOrgCounts(Catalogue catalogue)
{
    // (end of 2010, end of 2019, size exponent): a plain district's organisations; 2019 fewer after the mergers.
    static readonly Dictionary<string, (double Y2010, double Y2019, double Exponent)> District = new()
    {
        ["PL4.II.1"] = (1, 1, 0),
        ["PL4.II.2"] = (12, 12, 0.1),
        ["PL4.II.3"] = (2, 2, 0),
        ["PL4.III.GDDT.UBNDHUYEN"] = (62, 55, 0.8),
        ["PL4.III.YTE.UBNDHUYEN"] = (2, 1, 0),
        ["PL4.III.VHTDTT.UBNDHUYEN"] = (2, 1, 0),
        ["PL4.III.KHAC.UBNDHUYEN"] = (4, 4, 0.3),
    };

    static readonly Dictionary<string, (double Y2010, double Y2019)> Province = new()
    {
        ["PL4.I.1"] = (20, 19),
        ["PL4.I.2"] = (24, 17),
        ["PL4.I.3"] = (205, 160),
        ["PL4.III.GDDT.UBNDTINH"] = (2, 1),
        ["PL4.III.GDDT.CQCMTINH"] = (58, 52),
        ["PL4.III.YTE.UBNDTINH"] = (0, 0),
        ["PL4.III.YTE.CQCMTINH"] = (42, 30),
        ["PL4.III.VHTDTT.UBNDTINH"] = (0, 0),
        ["PL4.III.VHTDTT.CQCMTINH"] = (12, 9),
        ["PL4.III.KHAC.UBNDTINH"] = (4, 3),
        ["PL4.III.KHAC.CQCMTINH"] = (55, 42),
    };

    // Totals over their breakdown in section III, by owner.
    static readonly Dictionary<string, string> TotalOfOwner = new()
    {
        ["PL4.I.4"] = ".UBNDTINH",
        ["PL4.II.4"] = ".UBNDHUYEN",
    };

    public double? Value(Unit unit, OrgMeasure measure, string period)
    {
        if (!OrgMeasureScope.Applies(measure, unit.Level)) return null;
        if (TotalOfOwner.TryGetValue(measure.Code, out var owner))
            return Sum(catalogue.OrgMeasures.Where(m => m.Code.EndsWith(owner, StringComparison.Ordinal)).Select(m => Value(unit, m, period)));
        var late = period == AppendixYears.OrgPeriods[^1].Period;
        if (unit.Level == "province")
        {
            if (Province.TryGetValue(measure.Code, out var p)) return late ? p.Y2019 : p.Y2010;
            return Sum(catalogue.Units.Where(u => u.Level == "district").Select(u => Value(u, measure, period)));
        }
        var (y2010, y2019, exponent) = District.GetValueOrDefault(measure.Code, (5, 5, 0.5));
        var size = Math.Pow(UnitSize.Factor(unit), exponent);
        var noise = 1 + 0.05 * StableNoise.Signed(unit.Code, measure.Code, period);
        return Math.Max(0, Math.Round((late ? y2019 : y2010) * size * noise));
    }

    static double? Sum(IEnumerable<double?> values)
    {
        double? total = null;
        foreach (var v in values)
            if (v is { } x) total = (total ?? 0) + x;
        return total;
    }
}
