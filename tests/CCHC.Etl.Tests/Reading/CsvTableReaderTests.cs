using System.Text;
using CCHC.Etl.Reading;
using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.Reading;

public class CsvTableReaderTests
{
    // A Phụ lục 3 as Excel on a vi-VN machine saves it ("CSV (Comma delimited)" writes ';' there): every line padded
    // to the same fields, decimal commas unquoted, the header cell with line breaks quoted.
    const string TaySonPl3 =
        "UBND HUYỆN TÂY SƠN;;;;;;;\r\n" +
        "PHỤ LỤC 3;;;;;;;\r\n" +
        "Thống kê các chỉ tiêu tại lĩnh vực cải cách thủ tục hành chính;;;;;;;\r\n" +
        "(Kèm theo Báo cáo số 45/BC-UBND ngày 15/4/2020 của UBND huyện Tây Sơn);;;;;;;\r\n" +
        "STT;Chỉ tiêu;Năm 2015;Năm 2016;Năm 2017;Năm 2018;Năm 2019;\"Năm\n2020\n(Tính đến 31/3)\"\r\n" +
        "1.;Tổng số TTHC của tỉnh;;;;;;\r\n" +
        "-;Số lượng TTHC cấp huyện;250;260;270;280;1.290;300\r\n" +
        "5.;Kết quả giải quyết hồ sơ TTHC;;;;;;\r\n" +
        "-;Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn);97,5;98,7 %;99;99,1;99,5;100\r\n";

    static SheetGrid Read(TempDirectory dir, string name, byte[] bytes)
    {
        var path = dir.File(name);
        File.WriteAllBytes(path, bytes);
        return WorkbookReader.Read(path).Sheets.Single();
    }

    [Fact]
    public void Phu_luc_3_exported_with_semicolons_and_decimal_commas_loads_the_right_values()
    {
        using var folder = new LoadedFolder();
        File.WriteAllText(folder.Input.File("PL3_TaySon.csv"), TaySonPl3, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Equal(0, folder.Load().ExitCode);

        var values = folder.Query<(string Code, int Year, double Value, bool Partial)>(
            "select indicator_code, year, value, is_partial_year from v_indicator_value where unit_code = '547' order by indicator_code, year");
        Assert.Equal(
        [
            ("PL3.1.2", 2015, 250, false), ("PL3.1.2", 2016, 260, false), ("PL3.1.2", 2017, 270, false),
            ("PL3.1.2", 2018, 280, false), ("PL3.1.2", 2019, 1290, false), ("PL3.1.2", 2020, 300, true),
            ("PL3.5.2", 2015, 97.5, false), ("PL3.5.2", 2016, 98.7, false), ("PL3.5.2", 2017, 99, false),
            ("PL3.5.2", 2018, 99.1, false), ("PL3.5.2", 2019, 99.5, false), ("PL3.5.2", 2020, 100, true),
        ], values);
        // The grid is named after the file, as Excel names the sheet of an opened CSV; cells are its rows and columns.
        Assert.Equal(("PL3_TaySon", "G7"), folder.Query<(string, string)>(
            "select source_sheet, source_cell from v_indicator_value where indicator_code = 'PL3.1.2' and year = 2019").Single());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Diacritics_survive_with_or_without_a_byte_order_mark(bool withBom)
    {
        using var dir = new TempDirectory();
        var bytes = new UTF8Encoding(withBom).GetPreamble().Concat(Encoding.UTF8.GetBytes(TaySonPl3)).ToArray();

        var grid = Read(dir, "pl3.csv", bytes);

        Assert.Equal("UBND HUYỆN TÂY SƠN", grid.Text(0, 0));
        Assert.Equal("Năm\n2020\n(Tính đến 31/3)", grid.Text(4, 7));
        Assert.Equal("98,7 %", grid.Value(8, 3)); // numbers stay text for the value parser
    }

    [Fact]
    public void Text_saved_in_the_Vietnamese_ANSI_code_page_is_read_as_Windows_1258()
    {
        using var dir = new TempDirectory();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // Windows-1258 has no "ệ" or "ỉ": Excel writes the base letter and a combining mark, which the reader composes again.
        var bytes = Encoding.GetEncoding(1258).GetBytes("UBND huy\u00EA\u0323n Tây Sơn,,\r\nSTT,Chi\u0309 tiêu,Năm 2019\r\n");

        var grid = Read(dir, "pl3.csv", bytes);

        Assert.Equal("UBND huyện Tây Sơn", grid.Text(0, 0));
        Assert.Equal("Chỉ tiêu", grid.Text(1, 1));
    }

    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("\t")]
    public void Separator_is_told_from_the_first_lines_and_quoted_fields_keep_theirs(string separator)
    {
        using var dir = new TempDirectory();
        var s = separator;
        var text = $"PHỤ LỤC 7\r\nSTT{s}Chỉ tiêu{s}Năm 2019\r\n1{s}\"Số lượng, tỷ lệ; ghi\tchú\"{s}\"98,7\"\r\n2{s}\"Dòng\r\nhai\"{s}12\r\n";

        var grid = Read(dir, "pl7.csv", Encoding.UTF8.GetBytes(text));

        Assert.Equal(["PHỤ LỤC 7", "STT", "1", "2"], Enumerable.Range(0, grid.RowCount).Select(r => grid.Text(r, 0)));
        Assert.Equal("Số lượng, tỷ lệ; ghi\tchú", grid.Text(2, 1));
        Assert.Equal("98,7", grid.Text(2, 2));
        Assert.Equal("Dòng\r\nhai", grid.Text(3, 1));
    }

    [Fact]
    public void Binary_garbage_named_csv_is_rejected_under_its_own_name()
    {
        using var folder = new LoadedFolder();
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        garbage[0] = (byte)'S'; // not a ZIP or OLE signature: it is taken at its name
        File.WriteAllBytes(folder.Input.File("PL3_HoaiAn.csv"), garbage);
        File.WriteAllText(folder.Input.File("PL3_TaySon.csv"), TaySonPl3);

        var run = folder.Load();

        Assert.Equal(1, run.Rejected);
        var reject = folder.Query<(string File, string Reason)>("select source_file, reason from v_load_reject").Single();
        Assert.Equal("PL3_HoaiAn.csv", reject.File);
        Assert.Contains("không phải văn bản", reject.Reason);
        Assert.Contains("(CSV file is not text: binary or corrupt content)", reject.Reason);
        Assert.Equal(12L, folder.Query<long>("select count(*) from v_indicator_value").Single());
    }
}
