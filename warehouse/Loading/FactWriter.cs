using CCHC.Warehouse.Model;

namespace CCHC.Warehouse;

/// <summary>
/// Decides one active submission's facts of one kind against what its unit holds, keeping each fact key to a single
/// value, and records the outcome in the unit's holdings and the transaction's pending writes.
/// </summary>
internal static class FactWriter
{
    /// <returns>How many facts were stored.</returns>
    public static int Write<TFact, TKey>(
        FactKind<TFact, TKey> kind, FileBatch batch, UnitHoldings unit,
        SubmissionRow submission, Newness newness, string fileName, IReadOnlyList<TFact> facts, ICollection<RejectRow> rejects)
        where TKey : notnull
    {
        if (facts.Count == 0) return 0;

        var held = kind.HeldIn(unit);
        var pending = kind.PendingIn(batch);
        var overlap = FactOverlap<TFact, TKey>.Resolve(facts, kind.KeyOf, held, newness);

        foreach (var key in overlap.ToDelete)
        {
            pending.Remove(submission.UnitCode, key, batch.Holds(held[key].SubmissionId));
            held.Remove(key);
        }

        foreach (var (repeat, kept) in overlap.Repeats)
            rejects.Add(new RejectRow(submission.LoadId, fileName, submission.Sheet, kind.CellOf(repeat),
                $"Repeats the value in {kind.CellOf(kept)} for the same {kind.Table} key; the first one was kept.",
                submission.SubmissionId, submission.UnitCode));

        foreach (var fact in overlap.ToInsert)
        {
            var key = kind.KeyOf(fact);
            pending.Add(submission.UnitCode, key, submission.SubmissionId, fact);
            held[key] = newness;
        }
        return overlap.ToInsert.Count;
    }

    /// <summary>Takes every fact of a superseded submission off its unit.</summary>
    public static void Release<TFact, TKey>(FactKind<TFact, TKey> kind, FileBatch batch, string unitCode, UnitHoldings unit, long submissionId)
        where TKey : notnull
    {
        var held = kind.HeldIn(unit);
        var keys = held.Where(entry => entry.Value.SubmissionId == submissionId).Select(entry => entry.Key).ToList();
        var addedInThisTransaction = batch.Holds(submissionId);
        foreach (var key in keys)
        {
            held.Remove(key);
            // A submission of an earlier transaction loses its stored facts in one statement (see FileBatch.Supersede).
            if (addedInThisTransaction) kind.PendingIn(batch).Remove(unitCode, key, addedInThisTransaction: true);
        }
    }
}
