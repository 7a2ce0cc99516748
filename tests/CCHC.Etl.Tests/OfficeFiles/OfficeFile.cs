using CCHC.Etl.Tests.Builders;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Tests.OfficeFiles;

/// <summary>The workbooks in this folder, whose bytes LibreOffice wrote (make_office_files.py lays each out as the .fods
/// in sources/ and has soffice save it), read the way the loader reads them.</summary>
public static class OfficeFile
{
    public static string Path(string name) => System.IO.Path.Combine(Repo.Root, "tests", "CCHC.Etl.Tests", "OfficeFiles", name);

    public static FileReadResult Read(string name) => Interpret.File(Path(name));

    public static Submission Loaded(string name)
    {
        var result = Read(name);
        Assert.False(result.IsRejected, result.RejectReason);
        return Assert.Single(result.Submissions);
    }
}
