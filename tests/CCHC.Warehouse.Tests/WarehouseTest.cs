using CCHC.Warehouse.Model;
using Dapper;

namespace CCHC.Warehouse.Tests;

/// <summary>A fresh file-backed warehouse holding <see cref="TestCatalogue"/>, for tests that load files into it.</summary>
public abstract class WarehouseTest : IDisposable
{
    private readonly TempWarehouse temp = new();

    protected WarehouseTest()
    {
        Db = temp.OpenForWrite();
        CatalogueSync.Apply(Db.Connection, TestCatalogue.Build());
        Loader = new FileLoader(Db.Connection);
    }

    protected WarehouseDatabase Db { get; }

    /// <summary>The warehouse file, for a reader once <see cref="Db"/> is closed.</summary>
    protected string TempPath => temp.Path;

    protected FileLoader Loader { get; }

    protected FileLoadOutcome Load(FileBuilder file) => Loader.Apply(file.Build());

    protected T Scalar<T>(string sql, object? parameters = null) => Db.Connection.ExecuteScalar<T>(sql, parameters)!;

    protected long Count(string tableOrView) =>
        Scalar<long>($"SELECT count(*) FROM {tableOrView}"); // names are the tests' own constants

    /// <summary>Rows the warehouse holds for a file in any table, to prove a failed load left nothing behind.</summary>
    protected long Traces() => Scalar<long>(
        """
        SELECT (SELECT count(*) FROM load_file) + (SELECT count(*) FROM load_submission)
             + (SELECT count(*) FROM submission_status) + (SELECT count(*) FROM load_restore)
             + (SELECT count(*) FROM load_reject) + (SELECT count(*) FROM fact_indicator_value)
             + (SELECT count(*) FROM fact_target_evaluation) + (SELECT count(*) FROM fact_org_count)
             + (SELECT count(*) FROM reported_indicator_value) + (SELECT count(*) FROM reported_target_evaluation)
             + (SELECT count(*) FROM reported_org_count)
        """);

    public void Dispose()
    {
        Db.Dispose();
        temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
