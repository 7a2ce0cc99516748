using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Hosting;
using CCHC.Dashboard.Pages;
using CCHC.Etl.Loading;
using CCHC.Etl.Reference;
using CCHC.Warehouse.Queries;
using Microsoft.Extensions.Options;

namespace CCHC.Dashboard.Tests.AnotherProvince;

/// <summary>The made-up province (<see cref="AnotherProvinceFiles"/>: tỉnh Thử Nghiệm, 3 units, 2021–2025 with 2025 to
/// 30/6) loaded by the ETL's own loader into a temp warehouse.</summary>
public sealed class AnotherProvinceWarehouse : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("cchc-another-").FullName;

    public AnotherProvinceWarehouse()
    {
        (Catalogue, Workbooks) = AnotherProvinceFiles.Write(folder);

        Warehouse = Path.Combine(folder, "warehouse.duckdb");
        Run = new FolderLoader(CatalogueLoader.Load(Catalogue)).Load(Workbooks, Warehouse);
        Queries = new DashboardQueries(new WarehouseReader(Warehouse));
    }

    public string Catalogue { get; }
    public string Workbooks { get; }
    public string Warehouse { get; }
    public LoadRun Run { get; }
    public DashboardQueries Queries { get; }

    public ReferenceData NewReference() => new(Queries);

    public ChartBook NewBook(ReferenceData reference) =>
        new(Queries, reference, Options.Create(new DashboardOptions { KeyIndicators = ["PL3.5.2", "PL3.6.1"] }));

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
