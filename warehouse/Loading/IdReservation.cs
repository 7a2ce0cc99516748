using System.Data;
using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>
/// Ids drawn from a sequence for a whole transaction in one statement, handed out in ascending order (load and
/// submission ids decide ties between equally new reports: they must follow the order files are applied in).
/// The sequence stays the one source of ids, so nothing needs resetting after a rollback: the next draw is past it.
/// </summary>
internal static class IdReservation
{
    public static Queue<long> Take(DuckDBConnection connection, IDbTransaction transaction, string sql, int count) =>
        count == 0
            ? new Queue<long>()
            : new Queue<long>(connection.Query<long>(SqlResource.Read(sql), new { Count = (long)count }, transaction).Order());
}
