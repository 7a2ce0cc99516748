using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>How one kind of fact is keyed, found, deleted and appended; <see cref="FactWriter"/> does the rest.</summary>
internal sealed class FactKind<TFact, TKey> where TKey : notnull
{
    public required string Table { get; init; }

    /// <summary>
    /// SQL returning the keys some units ($Units) hold now, then the <see cref="Newness"/> columns of their submission,
    /// then the unit's code.
    /// </summary>
    public required string OwnersSql { get; init; }

    /// <summary>Which submission holds each of a unit's keys, as the loader remembers it.</summary>
    public required Func<UnitHoldings, Dictionary<TKey, Newness>> HeldIn { get; init; }

    /// <summary>This kind's rows among a transaction's pending writes.</summary>
    public required Func<FileBatch, PendingFacts<TFact, TKey>> PendingIn { get; init; }

    /// <summary>SQL deleting one key of one unit ($UnitCode and the key's properties).</summary>
    public required string DeleteSql { get; init; }

    public required Func<TFact, TKey> KeyOf { get; init; }

    public required Func<TFact, string> CellOf { get; init; }

    /// <summary>
    /// Appends the columns after submission_id and unit_code, in table order. Append typed values only: DuckDB.NET
    /// checks no widths, and a literal like <c>2019</c> binds to <c>AppendValue(short?)</c>, writing garbage to an INTEGER.
    /// </summary>
    public required Action<IDuckDBAppenderRow, TFact> AppendColumns { get; init; }
}
