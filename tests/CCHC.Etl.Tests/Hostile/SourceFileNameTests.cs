using CCHC.Etl.Loading;
using CCHC.Etl.Tests.Builders;
using CCHC.Etl.Tests.Hostile.Files;

namespace CCHC.Etl.Tests.Hostile;

/// <summary>A file is known by its name alone, and read only from inside the input folder, whatever its name or a
/// link in the folder says.</summary>
public class SourceFileNameTests
{
    [Fact]
    public void A_file_is_named_by_its_name_only_whatever_path_led_to_it()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("sub"));
        Submissions.Xlsx(dir.File("PL3_AnLao.xlsx"), Submissions.AnLaoClean());

        var source = SourceFiles.Describe(Path.Combine(dir.Path, "sub", "..", ".", "PL3_AnLao.xlsx"));

        Assert.Equal("PL3_AnLao.xlsx", source.FileName);
    }

    [Fact]
    public void A_name_that_reads_like_a_path_stays_a_name_and_nothing_is_written_outside_the_folder()
    {
        // The input two levels down in a folder of its own: whatever "..\..\" might reach stays inside it, to be seen.
        using var around = new TempDirectory();
        using var warehouse = new TempDirectory();
        var input = Directory.CreateDirectory(Path.Combine(around.Path, "a", "b")).FullName;
        const string name = "..\\..\\Windows\\win.ini.xlsx";
        Submissions.Xlsx(Path.Combine(input, name), Submissions.AnLaoClean());

        var listed = Assert.Single(SourceFiles.In(input));
        var run = new FolderLoader(Interpret.Catalogue).Load(input, warehouse.File("w.duckdb"));

        Assert.Equal(Path.Combine(input, name), listed);
        Assert.Equal(name, SourceFiles.Describe(listed).FileName);
        Assert.Equal("loaded", Assert.Single(run.Files, f => f.FileName == name).Status);
        Assert.Equal([Path.Combine(around.Path, "a"), input, Path.Combine(input, name)],
            Directory.EnumerateFileSystemEntries(around.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Links_leading_out_of_the_folder_are_not_followed()
    {
        using var outside = new TempDirectory();
        using var folder = new HostileFolder();
        var secret = Submissions.Xlsx(outside.File("PL3_AnLao_elsewhere.xlsx"), Submissions.AnLaoClean());
        File.CreateSymbolicLink(folder.Input.File("PL3_link.xlsx"), secret);
        Directory.CreateSymbolicLink(folder.Input.File("linked_folder"), outside.Path);
        Submissions.Good(folder.Input.Path);
        File.CreateSymbolicLink(folder.Input.File("PL3_TaySon_again.xlsx"), folder.Input.File(Submissions.GoodFileName));

        var listed = SourceFiles.In(folder.Input.Path).Select(Path.GetFileName).ToList();
        folder.Load();

        Assert.Equal(["PL3_TaySon_again.xlsx", Submissions.GoodFileName], listed.Order(StringComparer.Ordinal));
        Assert.Empty(folder.Query<string>("select source_file from v_submission where unit_code = '542'"));
    }
}
