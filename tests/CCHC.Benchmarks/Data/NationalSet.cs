using System.Diagnostics;
using System.Security.Cryptography;
using CCHC.Benchmarks.Harness;
using CCHC.Etl.Reference;
using CCHC.Warehouse.Model;

namespace CCHC.Benchmarks.Data;

/// <summary>The national-scale sample (700 district-level units, Phụ lục 1–8 of 2015–2020), made by the ETL's own
/// command `sample --scale national` into out/benchmarks/national and kept there: it is deterministic, so it is
/// remade only when the ETL build or the shipped catalogue changes.</summary>
sealed record NationalSet(string Workbooks, string CatalogueDirectory, Catalogue Catalogue, TimeSpan? MadeIn)
{
    public static NationalSet Ensure()
    {
        var folder = Path.Combine(Repo.Cache, "national");
        var stampFile = Path.Combine(folder, "stamp.txt");
        var stamp = Stamp();
        TimeSpan? madeIn = null;
        if (!File.Exists(stampFile) || File.ReadAllText(stampFile) != stamp)
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Console.WriteLine($"  · writing the national sample with `CCHC.Etl.Cli.dll sample --scale national --out {folder}` …");
            var clock = Stopwatch.StartNew();
            var (exit, output) = Processes.Run("dotnet", [Repo.EtlDll, "sample", "--scale", "national", "--out", folder]);
            if (exit != 0) throw new InvalidOperationException($"sample --scale national failed ({exit}):\n{output}");
            madeIn = clock.Elapsed;
            File.WriteAllText(stampFile, stamp);
        }
        var catalogueDir = Path.Combine(folder, "catalogue");
        return new NationalSet(Path.Combine(folder, "workbooks"), catalogueDir, CatalogueLoader.Load(catalogueDir), madeIn);
    }

    // What the set is made from: the generator's code and the catalogue it extends.
    static string Stamp() =>
        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Repo.EtlDll))) + " " + CatalogueLoader.Load().ContentHash;
}
