using System.Data;
using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>Stores one active submission's facts of one kind, keeping each fact key to a single value.</summary>
internal static class FactWriter
{
    /// <returns>How many facts were stored.</returns>
    public static int Write<TFact, TKey>(
        FactKind<TFact, TKey> kind, DuckDBConnection connection, IDbTransaction transaction,
        SubmissionRow submission, Newness newness, string fileName, IReadOnlyList<TFact> facts, ICollection<RejectRow> rejects)
        where TKey : notnull
    {
        if (facts.Count == 0) return 0;

        var held = connection.Query<TKey, Newness, (TKey, Newness)>(
            SqlResource.Read(kind.OwnersSql), (key, owner) => (key, owner), new { submission.UnitCode }, transaction,
            splitOn: nameof(Newness.EffectiveDate));
        var overlap = FactOverlap<TFact, TKey>.Resolve(facts, kind.KeyOf, held, newness);

        foreach (var key in overlap.ToDelete)
        {
            var parameters = new DynamicParameters(key);
            parameters.Add(nameof(submission.UnitCode), submission.UnitCode);
            connection.Execute(SqlResource.Read(kind.DeleteSql), parameters, transaction);
        }

        foreach (var (repeat, kept) in overlap.Repeats)
            rejects.Add(new RejectRow(submission.LoadId, fileName, submission.Sheet, kind.CellOf(repeat),
                $"Repeats the value in {kind.CellOf(kept)} for the same {kind.Table} key; the first one was kept."));

        // The appender joins the open transaction: a failure anywhere later rolls these rows back too.
        using (var appender = connection.CreateAppender(kind.Table))
        {
            foreach (var fact in overlap.ToInsert)
            {
                var row = appender.CreateRow().AppendValue(submission.SubmissionId).AppendValue(submission.UnitCode);
                kind.AppendColumns(row, fact);
                row.EndRow();
            }
        }
        return overlap.ToInsert.Count;
    }
}
