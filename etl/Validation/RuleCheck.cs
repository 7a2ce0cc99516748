using CCHC.Warehouse.Model;

namespace CCHC.Etl.Validation;

/// <summary>One value a rule looks at: the value, whether it is the first-quarter 2020 column, and where it is.</summary>
public sealed record CheckedValue(double Value, bool IsPartialYear, string Source);

/// <summary>A rule one unit's values break; the same reading as a row of v_rule_violation.</summary>
/// <param name="IndicatorCode">The value at fault: le's left side, the parent row, the indicator of range and jump.</param>
/// <param name="Compared">le: the right side; children_*: the sub-rows' sum; jump: last year's value; range: null.</param>
/// <param name="Limit">range: the bound crossed; jump: the rule's bound; else null.</param>
public sealed record RuleBreach(
    ValidationRule Rule, string IndicatorCode, int Year, double Value, double? Compared, double? Limit, string Source,
    IReadOnlyList<string> ComparedSources);

/// <summary>The catalogue's validation rules over one unit's values held in memory: for figures that are not in the
/// warehouse (the province's consolidated appendices). The warehouse's own values are checked by v_rule_violation;
/// a test holds the two to the same answers on the shipped data.</summary>
public static class RuleCheck
{
    const double Tolerance = 1e-6;

    /// <param name="unitLevel">"province" or "district": which sub-rows the unit is asked for.</param>
    public static IReadOnlyList<RuleBreach> Check(Catalogue catalogue, string unitLevel, IReadOnlyDictionary<(string Code, int Year), CheckedValue> values)
    {
        var indicators = catalogue.Indicators.ToDictionary(i => i.Code);
        var years = values.Keys.Select(k => k.Year).Distinct().Order().ToList();
        var breaches = new List<RuleBreach>();
        foreach (var rule in catalogue.ValidationRules)
            foreach (var year in years)
                breaches.AddRange(rule.Kind switch
                {
                    "le" => Le(rule, year, values),
                    "children_le_parent" or "children_sum_to_parent" => Children(rule, year, values, indicators, unitLevel),
                    "range" => Range(rule, year, values),
                    "jump" => Jump(rule, year, values, indicators),
                    _ => [],
                });
        return breaches;
    }

    static IEnumerable<RuleBreach> Le(ValidationRule rule, int year, IReadOnlyDictionary<(string, int), CheckedValue> values)
    {
        if (values.GetValueOrDefault((rule.Left[0], year)) is { } left && values.GetValueOrDefault((rule.Right!, year)) is { } right
            && left.Value > right.Value + Tolerance)
            yield return new RuleBreach(rule, rule.Left[0], year, left.Value, right.Value, null, left.Source, [right.Source]);
    }

    static IEnumerable<RuleBreach> Children(ValidationRule rule, int year, IReadOnlyDictionary<(string, int), CheckedValue> values,
        Dictionary<string, Indicator> indicators, string unitLevel)
    {
        if (values.GetValueOrDefault((rule.Right!, year)) is not { } parent) yield break;
        var present = rule.Left.Order(StringComparer.Ordinal).Select(c => values.GetValueOrDefault((c, year))).OfType<CheckedValue>().ToList();
        if (present.Count == 0) yield break;
        var sum = present.Sum(c => c.Value);
        var asked = rule.Left.Count(c => indicators.TryGetValue(c, out var i) && (i.AppliesTo == "both" || i.AppliesTo == unitLevel));
        var broken = sum > parent.Value + Tolerance
            || (rule.Kind == "children_sum_to_parent" && present.Count >= asked && Math.Abs(sum - parent.Value) > Tolerance);
        if (broken)
            yield return new RuleBreach(rule, rule.Right!, year, parent.Value, sum, null, parent.Source, [.. present.Select(c => c.Source)]);
    }

    static IEnumerable<RuleBreach> Range(ValidationRule rule, int year, IReadOnlyDictionary<(string, int), CheckedValue> values)
    {
        foreach (var code in rule.Left)
            if (values.GetValueOrDefault((code, year)) is { } v && (v.Value < rule.Min || v.Value > rule.Max))
                yield return new RuleBreach(rule, code, year, v.Value, null, v.Value < rule.Min ? rule.Min : rule.Max, v.Source, []);
    }

    static IEnumerable<RuleBreach> Jump(ValidationRule rule, int year, IReadOnlyDictionary<(string, int), CheckedValue> values,
        Dictionary<string, Indicator> indicators)
    {
        foreach (var code in rule.Left)
        {
            if (values.GetValueOrDefault((code, year)) is not { } now || values.GetValueOrDefault((code, year - 1)) is not { } before)
                continue;
            var broken = indicators.GetValueOrDefault(code)?.UnitOfMeasure switch
            {
                "percent" => Math.Abs(now.Value - before.Value) > rule.Bound + Tolerance,
                // A count's first quarter is not comparable with a year, and a change from nothing is no percentage.
                "count" => !now.IsPartialYear && !before.IsPartialYear && before.Value > 0
                    && Math.Abs(now.Value - before.Value) * 100 > rule.Bound * before.Value + Tolerance,
                _ => false,
            };
            if (broken)
                yield return new RuleBreach(rule, code, year, now.Value, before.Value, rule.Bound, now.Source, [before.Source]);
        }
    }
}
