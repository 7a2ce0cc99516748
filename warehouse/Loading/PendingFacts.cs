using System.Data;
using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>
/// One transaction's changes to one fact table, gathered in memory: facts to append, and keys of facts stored by
/// earlier transactions to delete. A fact added and then displaced within the transaction never reaches the table.
/// </summary>
/// <remarks>
/// So the table never judges a displaced fact, where a transaction per file would have: the one refusal a fact row
/// could meet there, a NULL in a NOT NULL column, the model's non-nullable types already rule out.
/// </remarks>
internal sealed class PendingFacts<TFact, TKey>(FactKind<TFact, TKey> kind) where TKey : notnull
{
    private readonly List<(long SubmissionId, string UnitCode, TFact Fact)?> added = [];
    private readonly Dictionary<(string UnitCode, TKey Key), int> addedAt = [];
    private readonly List<(string UnitCode, TKey Key)> deletes = [];

    public void Add(string unitCode, TKey key, long submissionId, TFact fact)
    {
        addedAt.Add((unitCode, key), added.Count);
        added.Add((submissionId, unitCode, fact));
    }

    /// <summary>Takes a unit's fact off the table: one added in this transaction, else one stored before it.</summary>
    public void Remove(string unitCode, TKey key, bool addedInThisTransaction)
    {
        if (!addedInThisTransaction)
            deletes.Add((unitCode, key));
        else if (addedAt.Remove((unitCode, key), out var at))
            added[at] = null;
        else
            throw new InvalidOperationException($"No {kind.Table} row of unit {unitCode} with key {key} was added in this transaction.");
    }

    /// <summary>Deletes first, so no appended row ever meets the row it replaces; then one appender for all rows.</summary>
    public void Write(DuckDBConnection connection, IDbTransaction transaction)
    {
        foreach (var (unitCode, key) in deletes)
        {
            var parameters = new DynamicParameters(key);
            parameters.Add("UnitCode", unitCode);
            connection.Execute(SqlResource.Read(kind.DeleteSql), parameters, transaction);
        }

        if (addedAt.Count == 0) return;
        // The appender joins the open transaction: a failure anywhere later rolls these rows back too.
        using var appender = connection.CreateAppender(kind.Table);
        foreach (var entry in added)
        {
            if (entry is not { } fact) continue;
            var row = appender.CreateRow().AppendValue(fact.SubmissionId).AppendValue(fact.UnitCode);
            kind.AppendColumns(row, fact.Fact);
            row.EndRow();
        }
    }
}
