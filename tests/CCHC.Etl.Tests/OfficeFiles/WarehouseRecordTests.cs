using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.OfficeFiles;

/// <summary>What reading an office's file had to do is kept in the warehouse beside its figures.</summary>
public class WarehouseRecordTests
{
    [Fact]
    public void A_converted_legacy_text_is_noted_in_the_load_and_a_broken_sheet_is_a_reject_of_a_loaded_file()
    {
        using var folder = new LoadedFolder();
        File.Copy(OfficeFile.Path("an-nhon-pl3-tcvn3.xlsx"), folder.Input.File("an-nhon.xlsx"));
        File.Copy(OfficeFile.Path("tay-son-mot-trang-hong.xlsx"), folder.Input.File("tay-son.xlsx"));

        var run = folder.Load();

        Assert.All(run.Files, f => Assert.Equal("loaded", f.Status));
        var note = Assert.Single(folder.Query<(string File, string Sheet, string Cell, string Note)>(
            "select source_file, source_sheet, source_cell, note from v_load_note"));
        Assert.Equal(("an-nhon.xlsx", "PL3", "A1"), (note.File, note.Sheet, note.Cell));
        Assert.Contains("TCVN3", note.Note);
        var reject = Assert.Single(folder.Query<(string File, string Sheet, string Cell)>(
            "select source_file, source_sheet, source_cell from v_load_reject where source_file = 'tay-son.xlsx'"));
        Assert.Equal(("tay-son.xlsx", "PL5", "A3"), reject);
        Assert.Equal(12, folder.Query<int>("select count(*) from v_indicator_value where source_file = 'tay-son.xlsx'").Single());
        Assert.Equal("Số lượng TTHC cấp huyện", folder.Query<string>(
            "select indicator_name from v_indicator_value where source_file = 'an-nhon.xlsx' and source_cell = 'C9'").Single());
    }
}
