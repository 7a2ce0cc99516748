using CCHC.Etl.Loading;
using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.Reading;

public class SourceFolderTests
{
    [Fact]
    public void A_folder_lists_Word_reports_and_CSV_exports_beside_workbooks_but_not_lock_files()
    {
        using var dir = new TempDirectory();
        foreach (var name in new[] { "PL1_TaySon.xlsx", "BaoCao_CCHC.docx", "PL3_HoaiAn.csv", "~$BaoCao_CCHC.docx", "ghi_chu.txt", "BaoCao.pdf" })
            File.WriteAllText(dir.File(name), "x");

        var listed = SourceFiles.In(dir.Path).Select(Path.GetFileName);

        Assert.Equal(["BaoCao_CCHC.docx", "PL1_TaySon.xlsx", "PL3_HoaiAn.csv"], listed);
    }
}
