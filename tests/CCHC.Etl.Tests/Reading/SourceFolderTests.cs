using CCHC.Etl.Loading;
using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.Reading;

public class SourceFolderTests
{
    [Fact]
    public void A_folder_lists_Word_reports_and_CSV_exports_beside_workbooks_but_not_lock_files()
    {
        using var dir = new TempDirectory();
        foreach (var name in new[] { "PL1_TaySon.xlsx", "BaoCao_CCHC.docx", "PL3_HoaiAn.csv", "~$BaoCao_CCHC.docx", "ghi_chu.txt", ".DS_Store" })
            File.WriteAllText(dir.File(name), "x");

        var listed = SourceFiles.In(dir.Path).Select(Path.GetFileName);

        Assert.Equal(["BaoCao_CCHC.docx", "PL1_TaySon.xlsx", "PL3_HoaiAn.csv"], listed);
    }

    [Fact]
    public void Reports_in_formats_not_read_are_listed_to_be_answered_and_other_files_are_named_as_skipped()
    {
        using var dir = new TempDirectory();
        foreach (var name in new[] { "PL1.xlsb", "PL3.ods", "BaoCao.doc", "BaoCao.pdf", "PL2.et", "ghi_chu.txt", "anh.png", "~$PL1.xlsx" })
            File.WriteAllText(dir.File(name), "x");

        Assert.Equal(["BaoCao.doc", "BaoCao.pdf", "PL1.xlsb", "PL2.et", "PL3.ods"], SourceFiles.In(dir.Path).Select(Path.GetFileName));
        Assert.Equal(["anh.png", "ghi_chu.txt"], SourceFiles.Skipped(dir.Path).Select(Path.GetFileName));
    }
}
