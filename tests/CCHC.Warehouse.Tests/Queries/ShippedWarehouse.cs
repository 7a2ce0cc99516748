using CCHC.Etl.Loading;
using CCHC.Etl.Reference;
using CCHC.Warehouse.Queries;

namespace CCHC.Warehouse.Tests;

/// <summary>data/workbooks loaded by the ETL's own loader into a temp warehouse: the real seed, tested exactly.</summary>
public sealed class ShippedWarehouse : IDisposable
{
    private readonly TempWarehouse temp = new();

    public ShippedWarehouse() : this(CatalogueLoader.Load()) { }

    /// <summary>The same workbooks read with another catalogue (other validation rules, say).</summary>
    internal ShippedWarehouse(Model.Catalogue catalogue)
    {
        new FolderLoader(catalogue).Load(Path.Combine(RepositoryRoot(), "data", "workbooks"), temp.Path);
        Queries = new DashboardQueries(new WarehouseReader(temp.Path));
    }

    public DashboardQueries Queries { get; }

    public void Dispose() => temp.Dispose();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "CCHC.Analytics.sln"))) return folder.FullName;
        throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
