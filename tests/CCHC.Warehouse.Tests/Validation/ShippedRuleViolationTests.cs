using CCHC.Etl.Reference;
using CCHC.Etl.Validation;
using CCHC.Warehouse.Queries;
using CCHC.Warehouse.Model;

namespace CCHC.Warehouse.Tests;

/// <summary>The shipped catalogue's rules over the shipped workbooks: the warehouse's v_rule_violation and the
/// in-memory <see cref="RuleCheck"/> (written apart, in C#) find the same breaches, value for value and cell for cell.</summary>
public sealed class ShippedRuleViolationTests(ShippedWarehouse warehouse) : IClassFixture<ShippedWarehouse>
{
    [Fact]
    public async Task The_shipped_sample_data_breaks_none_of_the_shipped_rules_and_the_independent_check_agrees()
    {
        var catalogue = CatalogueLoader.Load();

        var (listed, recomputed) = await BothAsync(warehouse.Queries, catalogue);

        Assert.Equal(22, catalogue.ValidationRules.Count);
        // The sample generator keeps the plan's arithmetic (shares of their totals, sub-rows adding up), so a breach here
        // would be a rule that misreads the plan.
        Assert.Empty(listed);
        Assert.Equal(recomputed, listed);
    }

    [Fact]
    public async Task With_rules_the_shipped_data_breaks_the_view_and_the_independent_check_find_the_same_violations()
    {
        // Every shipped rule made to fail: le turned round, sub-rows against a parent of zero worth, bounds drawn tight.
        var shipped = CatalogueLoader.Load();
        var strict = shipped with
        {
            ContentHash = "strict-" + shipped.ContentHash,
            ValidationRules = [.. shipped.ValidationRules.Select(r => r.Kind switch
            {
                "le" => r with { Left = [r.Right!], Right = r.Left[0] },
                "range" => r with { Min = 60, Max = 90 },
                "jump" => r with { Bound = r.Bound / 10 },
                _ => r,
            }), 
                new ValidationRule("PARENT", "children_le_parent", ["PL3.6.1", "PL3.6.3"], "PL3.6.2", null, null, null, "warning", "x", null, 98),
                new ValidationRule("SUM", "children_sum_to_parent", ["PL3.6.1", "PL3.6.3"], "PL3.6.2", null, null, null, "error", "x", null, 99)],
        };
        using var strictWarehouse = new ShippedWarehouse(strict);

        var (listed, recomputed) = await BothAsync(strictWarehouse.Queries, strict);

        Assert.True(listed.Count > 200, $"only {listed.Count} violations: the strict rules should break often");
        Assert.Equal(["KT01", "KT02", "KT04", "KT05", "KT06", "KT07", "KT10", "KT11", "KT12", "KT13", "KT14", "KT19", "KT20", "KT21", "KT22", "PARENT", "SUM"],
            listed.Select(l => l.Split('|')[0]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(recomputed, listed);
    }

    static async Task<(List<string> Listed, List<string> Recomputed)> BothAsync(DashboardQueries queries, Catalogue catalogue)
    {
        var values = await queries.ValuesAsync(null, null, 2000, 2100, includePartial: true);
        var recomputed = values.GroupBy(v => v.UnitCode).SelectMany(unit =>
        {
            var level = catalogue.Units.Single(u => u.Code == unit.Key).Level;
            var held = unit.ToDictionary(v => (v.IndicatorCode, v.Year), v => new CheckedValue(v.Value, v.IsPartialYear,
                $"{v.SourceFile} › {v.SourceSheet} › {v.SourceCell}"));
            return RuleCheck.Check(catalogue, level, held).Select(b => Key(b.Rule.Code, unit.Key, b.Year, b.IndicatorCode, b.Value,
                b.Compared, b.Limit, b.Source, b.ComparedSources.Count == 0 ? null : string.Join("; ", b.ComparedSources)));
        }).Order(StringComparer.Ordinal).ToList();
        var listed = (await queries.RuleViolationsAsync(null, 2000, 2100)).Select(v => Key(v.RuleCode, v.UnitCode, v.Year,
            v.IndicatorCode, v.Value, v.ComparedValue, v.LimitValue, $"{v.SourceFile} › {v.SourceSheet} › {v.SourceCell}",
            v.ComparedSource)).Order(StringComparer.Ordinal).ToList();
        return (listed, recomputed);
    }

    static string Key(string rule, string unit, int year, string indicator, double value, double? compared, double? limit,
        string source, string? comparedSource) =>
        FormattableString.Invariant($"{rule}|{unit}|{year}|{indicator}|{value}|{compared}|{limit}|{source}|{comparedSource}");
}
