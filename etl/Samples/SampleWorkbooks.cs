using CCHC.Etl.Templates;
using CCHC.Warehouse.Model;
using ClosedXML.Excel;

namespace CCHC.Etl.Samples;

/// <summary>The deterministic sample data set: every district's Phụ lục 1–8 and the departments' appendices for the
/// province, typed with the habits of real clerks, every sheet marked as sample. Same catalogue, same bytes.</summary>
public static class SampleWorkbooks
{
    /// <summary>Writes the sample workbooks into <paramref name="outDir"/> and returns their paths.</summary>
    public static IReadOnlyList<string> Write(Catalogue catalogue, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var paths = new List<string>();
        foreach (var file in new SamplePlan(catalogue).Files())
        {
            using var workbook = new XLWorkbook();
            foreach (var sheet in file.Sheets)
                AppendixSheetWriter.Write(workbook, catalogue, sheet);
            var path = Path.Combine(outDir, file.FileName);
            if (file.Legacy) LegacyXlsWriter.Save(workbook, path, file.Title, SampleMarker.Subject, SampleMarker.Comments);
            else WorkbookFile.Save(workbook, path, file.Title, SampleMarker.Subject, SampleMarker.Comments);
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>Each sample file's name and what it exercises in the reader, in the order written.</summary>
    public static IReadOnlyList<(string FileName, string Quirks)> Describe(Catalogue catalogue) =>
        new SamplePlan(catalogue).Files().Select(f => (f.FileName, f.Quirks)).ToList();
}
