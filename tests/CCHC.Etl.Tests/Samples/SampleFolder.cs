using CCHC.Etl.Reference;
using CCHC.Etl.Samples;
using CCHC.Etl.Tests.Templates;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Tests.Samples;

/// <summary>The sample set written once into a temporary folder and read back, shared by the tests of a class.</summary>
public sealed class SampleFolder : IDisposable
{
    public Catalogue Catalogue { get; } = CatalogueLoader.Load();
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "cchc-samples-" + Guid.NewGuid().ToString("N"));
    public IReadOnlyList<string> Paths { get; }
    internal IReadOnlyList<WorkbookCells> Workbooks { get; }

    public SampleFolder()
    {
        Paths = SampleWorkbooks.Write(Catalogue, Directory);
        Workbooks = Paths.Select(WorkbookCells.Read).ToList();
    }

    internal WorkbookCells Workbook(string fileName) => Workbooks.Single(w => w.FileName == fileName);

    /// <summary>The unit (and department) a sheet's issuer lines name.</summary>
    internal (Unit Unit, Department? Department) ReporterOf(SheetCells sheet)
    {
        var first = sheet.Text(0, 0);
        var unit = Catalogue.Units.Single(u =>
            CCHC.Etl.Templates.AdministrativeNames.Upper(CCHC.Etl.Templates.AdministrativeNames.PeoplesCommittee(Catalogue, u, 2020)) == first);
        var department = Catalogue.Departments.SingleOrDefault(d => CCHC.Etl.Templates.AdministrativeNames.Upper(d.Name) == sheet.Text(1, 0));
        return (unit, department);
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { } // a temp folder left behind is harmless
    }
}
