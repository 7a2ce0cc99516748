using CCHC.Warehouse.Model;

namespace CCHC.Etl.Matching;

/// <summary>Matches a table row to a catalogue indicator of one appendix, tolerant of case, spacing, punctuation,
/// diacritics and numbering. Sub-rows ("- Tổng số được giao") repeat under several parents, so a sub-row is looked
/// for first among the children of the numbered row above it.</summary>
public sealed class IndicatorMatcher
{
    const double FuzzyThreshold = 0.85;
    readonly List<(Indicator Indicator, string Key)> all;

    public IndicatorMatcher(IEnumerable<Indicator> indicators) =>
        all = indicators.Select(i => (i, TextKey.Label(i.Label))).ToList();

    /// <param name="numbered">The row's STT is a number ("3", "3."), so it is a top-level row.</param>
    /// <param name="parent">The top-level indicator the previous rows belonged to.</param>
    public Indicator? Match(string label, bool numbered, Indicator? parent)
    {
        var key = TextKey.Label(label);
        if (key.Length == 0) return null;
        var topLevel = all.Where(x => x.Indicator.ParentCode is null).ToList();
        var children = parent is null ? [] : all.Where(x => x.Indicator.ParentCode == parent.Code).ToList();
        var pools = numbered ? new[] { topLevel, all } : [children, topLevel, all];
        foreach (var pool in pools)
            if (Exact(pool, key) is { } exact) return exact;
        foreach (var pool in pools)
            if (Fuzzy(pool, key) is { } fuzzy) return fuzzy;
        return null;
    }

    static Indicator? Exact(List<(Indicator Indicator, string Key)> pool, string key)
    {
        var hits = pool.Where(x => x.Key == key).ToList();
        return hits.Count == 1 ? hits[0].Indicator : null;
    }

    static Indicator? Fuzzy(List<(Indicator Indicator, string Key)> pool, string key)
    {
        var scored = pool.Select(x => (x.Indicator, Score: LabelSimilarity.Dice(key, x.Key)))
            .OrderByDescending(x => x.Score).Take(2).ToList();
        if (scored.Count == 0 || scored[0].Score < FuzzyThreshold) return null;
        // Two near-equal candidates mean we cannot tell which row the clerk meant.
        if (scored.Count == 2 && scored[1].Score > scored[0].Score - 0.05) return null;
        return scored[0].Indicator;
    }
}
