using CCHC.Warehouse.Model;
using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>Keeps the dim_* tables equal to the catalogue the ETL read.</summary>
public static class CatalogueSync
{
    /// <summary>
    /// Replaces every dim_* table in one transaction, but only when <see cref="Catalogue.ContentHash"/> differs from
    /// the one stored, so loading the same folder twice leaves the warehouse unchanged.
    /// </summary>
    /// <returns>True when the dimensions were replaced.</returns>
    public static bool Apply(DuckDBConnection connection, Catalogue catalogue)
    {
        ArgumentException.ThrowIfNullOrEmpty(catalogue.ContentHash);
        using var transaction = connection.BeginTransaction();
        if (Meta.Read(connection, Meta.CatalogueHashKey, transaction) == catalogue.ContentHash)
            return false;

        connection.Execute(SqlResource.Read("Catalogue/clear_dimensions.sql"), transaction: transaction);
        DimensionRows.Append(connection, catalogue);
        connection.Execute(SqlResource.Read("Catalogue/recheck_rules.sql"), transaction: transaction);
        Meta.Write(connection, Meta.CatalogueHashKey, catalogue.ContentHash, transaction);
        transaction.Commit();
        return true;
    }

    /// <summary>The hash of the catalogue the dimensions hold now, or null before the first sync.</summary>
    public static string? StoredHash(DuckDBConnection connection) => Meta.Read(connection, Meta.CatalogueHashKey);
}
