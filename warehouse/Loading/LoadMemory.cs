using System.Data;
using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>
/// What a <see cref="FileLoader"/> remembers of the warehouse between transactions: the content hashes applied, and the
/// holdings of each unit it has touched. It is read once and then kept up to date in memory, which is sound only while
/// the loader is the one writer of the load and fact tables (a run holds the publisher's writer lock on a private copy).
/// After a rollback it is forgotten whole and read again: memory may not outlive what the warehouse holds.
/// </summary>
internal sealed class LoadMemory(DuckDBConnection connection)
{
    private readonly Dictionary<string, UnitHoldings> units = new(StringComparer.Ordinal);
    private HashSet<string>? knownHashes;

    /// <summary>The content hash of every file applied (loaded or rejected), committed ones only.</summary>
    public HashSet<string> KnownHashes() =>
        knownHashes ??= connection.Query<string>(SqlResource.Read("Loading/known_content_hashes.sql")).ToHashSet(StringComparer.Ordinal);

    public UnitHoldings Unit(string unitCode) => units[unitCode];

    /// <summary>Reads the holdings of the units not remembered yet: a few statements for all of them together.</summary>
    public void Recall(IEnumerable<string> unitCodes, IDbTransaction transaction)
    {
        var missing = unitCodes.Where(code => !units.ContainsKey(code)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0) return;
        foreach (var code in missing) units.Add(code, new UnitHoldings());

        var reporting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (unit, key, newness) in connection.Query<SubmissionKey, Newness, string, (string, SubmissionKey, Newness)>(
                     SqlResource.Read("Loading/active_submissions.sql"), (key, newness, unit) => (unit, key, newness),
                     new { Units = new ListParameter<string>(missing) }, transaction, splitOn: $"{nameof(Newness.EffectiveDate)},UnitCode"))
        {
            units[unit].Active[key] = newness;
            reporting.Add(unit);
        }
        // Facts belong to active submissions only: a unit without one holds no facts, and a run into a new warehouse
        // (every unit new) needs no scan of the fact tables at all.
        if (reporting.Count == 0) return;
        var parameters = new { Units = new ListParameter<string>(reporting) };
        RecallOwners(FactKinds.IndicatorValue, parameters, transaction);
        RecallOwners(FactKinds.TargetEvaluation, parameters, transaction);
        RecallOwners(FactKinds.OrgCount, parameters, transaction);
    }

    /// <summary>Drops everything remembered: the next transaction reads the warehouse afresh.</summary>
    public void Forget()
    {
        units.Clear();
        knownHashes = null;
    }

    private void RecallOwners<TFact, TKey>(FactKind<TFact, TKey> kind, object parameters, IDbTransaction transaction)
        where TKey : notnull
    {
        foreach (var (unit, key, owner) in connection.Query<TKey, Newness, string, (string, TKey, Newness)>(
                     SqlResource.Read(kind.OwnersSql), (key, owner, unit) => (unit, key, owner),
                     parameters, transaction, splitOn: $"{nameof(Newness.EffectiveDate)},UnitCode"))
            kind.HeldIn(units[unit])[key] = owner;
    }
}
