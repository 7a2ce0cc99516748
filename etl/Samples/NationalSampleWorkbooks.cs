namespace CCHC.Etl.Samples;

/// <summary>The national-scale sample, for benchmarks: 700 district-level units' Phụ lục 1–8 of 2015–2020 and the
/// departments' appendices for the province, made by the same plan as the shipped sample (<see cref="SamplePlan"/>)
/// over <see cref="NationalCatalogue"/>. The 11 shipped districts keep their habits; the made-up units send a file per
/// appendix in the template's layout. Every sheet carries the sample marker; same catalogue, same bytes.</summary>
/// <remarks>Layout under the output folder: <c>catalogue/</c> (load with <c>--catalogue</c>) and <c>workbooks/</c>
/// (load with <c>--input</c>), apart because the loader reads every .csv under its input folder as a submission.</remarks>
public static class NationalSampleWorkbooks
{
    public const string CatalogueFolder = "catalogue";
    public const string WorkbookFolder = "workbooks";

    /// <summary>Writes the national catalogue and workbooks under <paramref name="outDir"/>; returns the workbook paths.</summary>
    /// <param name="shippedCatalogueDir">The catalogue to extend (the one beside the binaries unless told).</param>
    public static IReadOnlyList<string> Write(string shippedCatalogueDir, string outDir)
    {
        var catalogue = NationalCatalogue.Write(shippedCatalogueDir, Path.Combine(outDir, CatalogueFolder));
        var workbooks = Directory.CreateDirectory(Path.Combine(outDir, WorkbookFolder)).FullName;
        var files = new SamplePlan(catalogue).Files();
        // Thousands of files, each written alone: one per core. The plan computed every value before this point,
        // so the writers share nothing but the catalogue, which they only read.
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            file => file.Write(catalogue, workbooks));
        return files.Select(f => Path.Combine(workbooks, f.FileName)).ToList();
    }
}
