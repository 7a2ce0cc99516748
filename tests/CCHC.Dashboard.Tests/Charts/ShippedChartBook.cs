using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Export.Tables;
using CCHC.Dashboard.Hosting;
using CCHC.Dashboard.Pages;
using CCHC.Etl.Loading;
using CCHC.Etl.Reference;
using CCHC.Warehouse.Queries;
using Microsoft.Extensions.Options;

namespace CCHC.Dashboard.Tests.Charts;

/// <summary>The chart book over data/workbooks, loaded by the ETL's loader into a temp warehouse, with the key
/// indicators of the shipped appsettings.json.</summary>
public sealed class ShippedChartBook : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("cchc-book-").FullName;

    public ShippedChartBook()
    {
        Warehouse = Path.Combine(folder, "warehouse.duckdb");
        new FolderLoader(CatalogueLoader.Load()).Load(Path.Combine(RepositoryRoot(), "data", "workbooks"), Warehouse);
        Queries = new DashboardQueries(new WarehouseReader(Warehouse));
    }

    /// <summary>The warehouse file, for a test that recomputes a figure in SQL beside the queries.</summary>
    public string Warehouse { get; }

    public DashboardQueries Queries { get; }

    /// <summary>A new book with its own reference data, as each browser session gets.</summary>
    public ChartBook NewBook() => new(Queries, new ReferenceData(Queries),
        Options.Create(new DashboardOptions { KeyIndicators = ["PL3.5.2", "PL7.1", "PL7.11", "PL7.13", "PL5.6", "PL1.2"] }));

    public TableBook NewTables() => new(Queries, new ReferenceData(Queries));

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CCHC.Analytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
