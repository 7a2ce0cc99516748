using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>Creates the tables (Schema/*.sql) and views (Views/*.sql); safe to run on every open.</summary>
internal static class Schema
{
    /// <summary>Bumped whenever a table changes shape. The warehouse is rebuilt from the workbooks, never migrated.</summary>
    // 2: load_reject names the submission, unit, indicator and year of a rejected cell.
    // 3: submissions and reported facts append-only; which report is in force is the SQL in Supersession/.
    // 4: dim_reporting_period (the report's years, from the catalogue).
    // 5: dim_validation_rule (validation_rules.csv) and rule_breach.
    public const string Version = "5";

    public static void Apply(DuckDBConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var name in SqlResource.Folder("Schema"))
            connection.Execute(SqlResource.Read(name), transaction: transaction);

        var stored = Meta.Read(connection, Meta.SchemaVersionKey, transaction);
        if (stored is null)
            Meta.Write(connection, Meta.SchemaVersionKey, Version, transaction);
        else
            EnsureCurrent(stored);

        // The supersession rule's views build on each other in their files' order (1_…, 2_…); the v_* views read
        // tables only; the validation check reads v_indicator_value, so it comes last.
        foreach (var name in SqlResource.Folder("Supersession").Concat(SqlResource.Folder("Views")).Concat(SqlResource.Folder("Validation")))
            connection.Execute(SqlResource.Read(name), transaction: transaction);
        transaction.Commit();
    }

    public static void EnsureCurrent(string? stored)
    {
        if (stored != Version)
            throw new InvalidOperationException(
                $"This warehouse has schema version '{stored ?? "none"}' but this build expects '{Version}'. " +
                "Delete the warehouse file and load the workbooks again.");
    }
}
