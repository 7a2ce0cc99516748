using System.Data;
using Dapper;

namespace CCHC.Warehouse;

/// <summary>The warehouse's own settings (table meta): which schema it was built with, which catalogue it holds.</summary>
internal static class Meta
{
    public const string SchemaVersionKey = "schema_version";
    public const string CatalogueHashKey = "catalogue_hash";

    public static string? Read(IDbConnection connection, string key, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefault<string>(SqlResource.Read("Database/meta_read.sql"), new { key }, transaction);

    public static void Write(IDbConnection connection, string key, string value, IDbTransaction? transaction = null) =>
        connection.Execute(SqlResource.Read("Database/meta_write.sql"), new { key, value }, transaction);
}
