using System.IO.Compression;
using System.Text;
using CCHC.Etl.Reading;
using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.OfficeFiles;

/// <summary>Formats offices send besides .xlsx and .xls: read where they can be, else refused saying what the file is
/// and how to resave it.</summary>
public class FormatTests
{
    [Fact]
    public void A_Strict_Open_XML_workbook_loads_as_its_Transitional_twin_does()
    {
        using var dir = new TempDirectory();
        var strict = dir.File("tay-son-strict.xlsx");
        // Excel's "Strict Open XML Spreadsheet" writes the same parts under the ISO namespaces.
        File.WriteAllBytes(strict, ToStrict(File.ReadAllBytes(OfficeFile.Path("tay-son-mot-trang-hong.xlsx"))));

        var twin = OfficeFile.Read("tay-son-mot-trang-hong.xlsx");
        var result = Interpret.File(strict);

        Assert.False(result.IsRejected, result.RejectReason);
        Assert.Equal(twin.Submissions.Single().IndicatorFacts, result.Submissions.Single().IndicatorFacts);
        Assert.Contains("Strict Open XML", Assert.Single(result.Notes).Note);
    }

    [Fact]
    public void An_OpenDocument_spreadsheet_is_refused_with_how_to_save_it_as_xlsx()
    {
        var e = Assert.Throws<WorkbookReadException>(() => WorkbookReader.Read(OfficeFile.Path("van-canh-pl8-danh-gia-la.ods")));

        Assert.Contains("OpenDocument (.ods)", e.Message);
        Assert.Contains("Lưu thành", e.Message);
        Assert.Contains(".xlsx", e.Message);
    }

    [Fact]
    public void An_Excel_binary_workbook_is_refused_with_how_to_save_it_as_xlsx_even_when_renamed()
    {
        using var dir = new TempDirectory();
        var path = dir.File("PL3_TaySon.xlsx");
        File.WriteAllBytes(path, Package(("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/workbook.bin\" " +
            "ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>"), ("xl/workbook.bin", "\u0083\u0001")));

        var e = Assert.Throws<WorkbookReadException>(() => WorkbookReader.Read(path));

        Assert.Contains(".xlsb", e.Message);
        Assert.Contains("Lưu thành", e.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x09, 0x00, 0x04, 0x00, 0x02, 0x00, 0x10, 0x00 })]   // BIFF2 BOF: Excel 2.x
    [InlineData(new byte[] { 0x09, 0x02, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00 })]   // BIFF3 BOF: Excel 3.0
    [InlineData(new byte[] { 0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00 })]   // BIFF4 BOF: Excel 4.0
    public void An_Excel_2_to_4_file_is_too_old_and_the_reason_says_how_to_resave_it(byte[] bof)
    {
        using var dir = new TempDirectory();
        var path = dir.File("PL1_cu.xls");
        File.WriteAllBytes(path, [.. bof, .. new byte[64]]);

        var e = Assert.Throws<WorkbookReadException>(() => WorkbookReader.Read(path));

        Assert.Contains("quá cũ", e.Message);
        Assert.Contains(".xlsx", e.Message);
    }

    [Fact]
    public void A_file_cut_short_is_told_what_to_do_and_never_shown_the_parsers_own_words()
    {
        using var dir = new TempDirectory();
        var path = dir.File("PL7_cut.xls");
        var bytes = File.ReadAllBytes(OfficeFile.Path("so-tttt-phu-luc-7-ghi-chu.xls"));
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        var result = new CCHC.Etl.Loading.FolderLoader(Interpret.Catalogue).Check(path);

        Assert.True(result.IsRejected);
        Assert.Contains("hãy mở tệp gốc", result.RejectReason);
        Assert.DoesNotContain("Exception", result.RejectReason);
        Assert.DoesNotContain("stream", result.RejectReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_folder_load_answers_every_report_it_cannot_read_and_names_the_files_it_skips()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        File.Copy(OfficeFile.Path("van-canh-pl8-danh-gia-la.ods"), input.File("van-canh.ods"));
        File.Copy(OfficeFile.Path("tay-son-mot-trang-hong.xlsx"), input.File("tay-son.xlsx"));
        File.WriteAllText(input.File("BaoCao.pdf"), "%PDF-1.4\n");
        File.WriteAllText(input.File("doc-truoc.txt"), "ghi chú của văn thư");

        var run = new CCHC.Etl.Loading.FolderLoader(Interpret.Catalogue).Load(input.Path, output.File("kho.duckdb"));

        Assert.Equal(["BaoCao.pdf", "tay-son.xlsx", "van-canh.ods"], run.Files.Select(f => f.FileName));
        Assert.Equal(["rejected", "loaded", "rejected"], run.Files.Select(f => f.Status));
        Assert.Equal(["doc-truoc.txt"], run.Skipped);
    }

    static byte[] ToStrict(byte[] transitional)
    {
        using var source = new ZipArchive(new MemoryStream(transitional));
        return Package(source.Entries.Select(entry =>
        {
            using var reader = new StreamReader(entry.Open());
            var text = reader.ReadToEnd()
                .Replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships");
            return (entry.FullName, text);
        }).ToArray());
    }

    static byte[] Package(params (string Name, string Text)[] parts)
    {
        var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in parts)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        return bytes.ToArray();
    }
}
