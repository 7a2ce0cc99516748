using CCHC.Warehouse.Model;

namespace CCHC.Etl.Samples;

/// <summary>The deterministic sample data set: every district's Phụ lục 1–8 and the departments' appendices for the
/// province, typed with the habits of real clerks, every sheet marked as sample. Same catalogue, same bytes.</summary>
public static class SampleWorkbooks
{
    /// <summary>Writes the sample workbooks into <paramref name="outDir"/> and returns their paths.</summary>
    public static IReadOnlyList<string> Write(Catalogue catalogue, string outDir)
    {
        Directory.CreateDirectory(outDir);
        return new SamplePlan(catalogue).Files().Select(file => file.Write(catalogue, outDir)).ToList();
    }

    /// <summary>Each sample file's name and what it exercises in the reader, in the order written.</summary>
    public static IReadOnlyList<(string FileName, string Quirks)> Describe(Catalogue catalogue) =>
        new SamplePlan(catalogue).Files().Select(f => (f.FileName, f.Quirks)).ToList();
}
