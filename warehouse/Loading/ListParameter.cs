using System.Data;
using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>
/// Values bound as one DuckDB LIST parameter, for <c>IN (SELECT unnest($Units))</c> and the like: one statement for a
/// whole transaction's units or ids instead of one per value.
/// </summary>
/// <remarks>Dapper would expand a sequence into <c>($p1, $p2, …)</c>; DuckDB.NET binds a CLR array as a LIST itself.</remarks>
internal sealed class ListParameter<T>(IEnumerable<T> values) : SqlMapper.ICustomQueryParameter
{
    public void AddParameter(IDbCommand command, string name) =>
        command.Parameters.Add(new DuckDBParameter(name, values.ToArray()));
}
