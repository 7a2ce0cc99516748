using System.Data;
using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse.Queries;

/// <summary>
/// Codes bound as one DuckDB <c>VARCHAR[]</c> parameter, for <c>unit_code IN (SELECT unnest($units))</c>. Null or empty
/// binds NULL, which every query reads as "all".
/// </summary>
/// <remarks>
/// Dapper would expand an array into <c>($units1, $units2, …)</c>, which <c>unnest</c> cannot take; DuckDB.NET binds
/// a CLR array as a LIST itself, so the array goes to it as one parameter.
/// </remarks>
internal sealed class CodeList(IReadOnlyList<string>? codes) : SqlMapper.ICustomQueryParameter
{
    /// <summary>The codes as bound (null for all). Public so that <see cref="QueryResultCache"/>, which keys answers by
    /// their arguments serialised, tells one list from another.</summary>
    public IReadOnlyList<string>? Codes { get; } = codes is { Count: > 0 } ? codes : null;

    public void AddParameter(IDbCommand command, string name) =>
        command.Parameters.Add(new DuckDBParameter(name, codes is { Count: > 0 } ? codes.ToArray() : DBNull.Value));
}
