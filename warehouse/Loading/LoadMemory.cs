using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>
/// What a <see cref="FileLoader"/> remembers of the warehouse between transactions: the content hashes applied. Read
/// once and kept up to date in memory, which is sound only while the loader is the one writer of the load tables (a
/// run holds the publisher's writer lock on a private copy). After a rollback it is forgotten and read again.
/// </summary>
internal sealed class LoadMemory(DuckDBConnection connection)
{
    private HashSet<string>? knownHashes;

    /// <summary>The content hash of every file applied (loaded or rejected), committed ones only.</summary>
    public HashSet<string> KnownHashes() =>
        knownHashes ??= connection.Query<string>(SqlResource.Read("Loading/known_content_hashes.sql")).ToHashSet(StringComparer.Ordinal);

    public void Forget() => knownHashes = null;
}
