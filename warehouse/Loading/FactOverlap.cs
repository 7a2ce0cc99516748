namespace CCHC.Warehouse;

/// <summary>What to do with one submission's facts of one kind, given the facts its unit already holds.</summary>
internal sealed record FactOverlap<TFact, TKey>(
    IReadOnlyList<TFact> ToInsert,
    IReadOnlyList<TKey> ToDelete,
    IReadOnlyList<(TFact Repeat, TFact Kept)> Repeats)
    where TKey : notnull
{
    /// <summary>
    /// A fact key holds one value across all active submissions (two departments may both report a province row):
    /// the newer submission's value stays, the older one goes. Within one submission the first value of a key is kept
    /// and its repeats are reported, never silently dropped.
    /// </summary>
    public static FactOverlap<TFact, TKey> Resolve(
        IReadOnlyList<TFact> incoming, Func<TFact, TKey> keyOf, IEnumerable<(TKey Key, Newness Owner)> held, Newness newness)
    {
        var firstByKey = new Dictionary<TKey, TFact>();
        var firsts = new List<TFact>();
        var repeats = new List<(TFact, TFact)>();
        foreach (var fact in incoming)
        {
            if (firstByKey.TryGetValue(keyOf(fact), out var kept)) repeats.Add((fact, kept));
            else { firstByKey.Add(keyOf(fact), fact); firsts.Add(fact); }
        }

        var toDelete = new List<TKey>();
        var heldByNewer = new HashSet<TKey>();
        foreach (var (key, owner) in held)
        {
            if (!firstByKey.ContainsKey(key)) continue;
            if (owner.IsNewerThan(newness)) heldByNewer.Add(key);
            else toDelete.Add(key);
        }

        var toInsert = firsts.Where(fact => !heldByNewer.Contains(keyOf(fact))).ToList();
        return new FactOverlap<TFact, TKey>(toInsert, toDelete, repeats);
    }
}
