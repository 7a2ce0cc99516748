using CCHC.Etl.Loading;
using CCHC.Etl.Reading;
using CCHC.Etl.Reference;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Tests.Builders;

/// <summary>Reads a workbook file the way the loader does, against the shipped catalogue.</summary>
public static class Interpret
{
    public static Catalogue Catalogue { get; } = CatalogueLoader.Load();

    public static FileReadResult File(string path)
    {
        var source = SourceFiles.Describe(path);
        return new WorkbookInterpreter(Catalogue).Interpret(WorkbookReader.Read(path), source);
    }

    public static IndicatorFact Fact(this Submission s, string code, int year) =>
        s.IndicatorFacts.Single(f => f.IndicatorCode == code && f.Year == year);
}
