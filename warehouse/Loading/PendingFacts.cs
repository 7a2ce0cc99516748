using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>One transaction's reported facts of one kind, gathered in memory and appended in one go.</summary>
internal sealed class PendingFacts<TFact, TKey>(FactKind<TFact, TKey> kind) where TKey : notnull
{
    private readonly List<(long SubmissionId, string UnitCode, TFact Fact)> added = [];

    public void Add(long submissionId, string unitCode, TFact fact) => added.Add((submissionId, unitCode, fact));

    /// <summary>One appender for all rows; it joins the open transaction, so a failure later rolls them back too.</summary>
    public void Write(DuckDBConnection connection)
    {
        if (added.Count == 0) return;
        using var appender = connection.CreateAppender(kind.Table);
        foreach (var (submissionId, unitCode, fact) in added)
        {
            var row = appender.CreateRow().AppendValue(submissionId).AppendValue(unitCode);
            kind.AppendColumns(row, fact);
            row.EndRow();
        }
    }
}
