using CCHC.Warehouse.Model;

namespace CCHC.Warehouse;

/// <summary>
/// Queues one submission's facts of one kind for its table of reported facts: one value per key, the first one;
/// its repeats are rejected, never silently dropped. Which values are in force is not decided here (Supersession/).
/// </summary>
internal static class FactWriter
{
    /// <returns>How many facts were queued.</returns>
    public static int Write<TFact, TKey>(
        FactKind<TFact, TKey> kind, FileBatch batch, SubmissionRow submission, string fileName,
        IReadOnlyList<TFact> facts, ICollection<RejectRow> rejects)
        where TKey : notnull
    {
        var firstByKey = new Dictionary<TKey, TFact>();
        var pending = kind.PendingIn(batch);
        foreach (var fact in facts)
        {
            if (firstByKey.TryGetValue(kind.KeyOf(fact), out var kept))
            {
                rejects.Add(new RejectRow(submission.LoadId, fileName, submission.Sheet, kind.CellOf(fact),
                    $"Repeats the value in {kind.CellOf(kept)} for the same {kind.Table} key; the first one was kept.",
                    submission.SubmissionId, submission.UnitCode));
                continue;
            }
            firstByKey.Add(kind.KeyOf(fact), fact);
            pending.Add(submission.SubmissionId, submission.UnitCode, fact);
        }
        return firstByKey.Count;
    }
}
