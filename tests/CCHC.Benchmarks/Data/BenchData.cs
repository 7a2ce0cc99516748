using CCHC.Benchmarks.Harness;
using CCHC.Dashboard.BrowserTests.Hosting;
using CCHC.Etl.Loading;
using CCHC.Etl.Reference;
using CCHC.Warehouse.Model;

namespace CCHC.Benchmarks.Data;

/// <summary>The data sets and warehouses the suites share, each made once per run when first asked for, in a temp
/// folder removed at the end (the national workbooks are kept in out/benchmarks, see <see cref="NationalSet"/>).</summary>
sealed class BenchData(bool quick) : IDisposable
{
    readonly TempFolder temp = new();
    NationalSet? national;
    string? provinceWarehouse, nationalWarehouse;
    (string Path, long Facts, TimeSpan Took)? fiveMillion;

    /// <summary>Fewer repetitions, for trying the harness; the figures are then rougher.</summary>
    public bool Quick { get; } = quick;

    public Catalogue ShippedCatalogue { get; } = CatalogueLoader.Load();

    public string Temp(string name) => temp.File(name);

    public NationalSet National => national ??= NationalSet.Ensure();

    /// <summary>data/workbooks loaded by the ETL's loader.</summary>
    public string ProvinceWarehouse => provinceWarehouse ??= Load(Repo.Workbooks, ShippedCatalogue, "province.duckdb");

    /// <summary>The national set loaded; the ETL suite hands over the one it timed.</summary>
    public string NationalWarehouse
    {
        get => nationalWarehouse ??= Load(National.Workbooks, National.Catalogue, "national.duckdb");
        set => nationalWarehouse = value;
    }

    public (string Path, long Facts, TimeSpan Took) FiveMillionWarehouse =>
        fiveMillion ??= Announce("growing a copy of the national warehouse past five million values",
            () => FiveMillion.Build(NationalWarehouse, temp.File("five-million.duckdb")));

    string Load(string workbooks, Catalogue catalogue, string name) =>
        Announce($"loading {workbooks}", () =>
        {
            var path = temp.File(name);
            new FolderLoader(catalogue).Load(workbooks, path);
            return path;
        });

    static T Announce<T>(string what, Func<T> make)
    {
        Console.WriteLine($"  · {what} …");
        return make();
    }

    public void Dispose() => temp.Dispose();
}
