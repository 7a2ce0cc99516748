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
    /// <param name="held">The unit's keys and the newness of the submission holding each.</param>
    public static FactOverlap<TFact, TKey> Resolve(
        IReadOnlyList<TFact> incoming, Func<TFact, TKey> keyOf, IReadOnlyDictionary<TKey, Newness> held, Newness newness)
    {
        var firstByKey = new Dictionary<TKey, TFact>();
        var toInsert = new List<TFact>();
        var toDelete = new List<TKey>();
        var repeats = new List<(TFact, TFact)>();
        foreach (var fact in incoming)
        {
            var key = keyOf(fact);
            if (firstByKey.TryGetValue(key, out var kept))
            {
                repeats.Add((fact, kept));
                continue;
            }
            firstByKey.Add(key, fact);
            if (held.TryGetValue(key, out var owner))
            {
                if (owner.IsNewerThan(newness)) continue;
                toDelete.Add(key);
            }
            toInsert.Add(fact);
        }
        return new FactOverlap<TFact, TKey>(toInsert, toDelete, repeats);
    }
}
