using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>How one kind of fact is keyed within a submission and appended to its table of reported facts.</summary>
internal sealed class FactKind<TFact, TKey> where TKey : notnull
{
    /// <summary>The append-only table of every submission's facts of this kind (reported_*).</summary>
    public required string Table { get; init; }

    /// <summary>This kind's rows among a transaction's pending writes.</summary>
    public required Func<FileBatch, PendingFacts<TFact, TKey>> PendingIn { get; init; }

    public required Func<TFact, TKey> KeyOf { get; init; }

    public required Func<TFact, string> CellOf { get; init; }

    /// <summary>
    /// Appends the columns after submission_id and unit_code, in table order. Append typed values only: DuckDB.NET
    /// checks no widths, and a literal like <c>2019</c> binds to <c>AppendValue(short?)</c>, writing garbage to an INTEGER.
    /// </summary>
    public required Action<IDuckDBAppenderRow, TFact> AppendColumns { get; init; }
}
