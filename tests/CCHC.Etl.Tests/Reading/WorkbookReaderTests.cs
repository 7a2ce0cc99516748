using CCHC.Etl.Reading;
using CCHC.Etl.Tests.Builders;
using NPOI.HSSF.UserModel;

namespace CCHC.Etl.Tests.Reading;

public class WorkbookReaderTests
{
    [Fact]
    public void Legacy_xls_reads_like_xlsx()
    {
        using var dir = new TempDirectory();
        var wb = new HSSFWorkbook();
        var sheet = wb.CreateSheet("PL1");
        string?[][] rows =
        [
            ["UBND HUYỆN AN LÃO"], ["PHỤ LỤC 1"],
            ["STT", "Chỉ tiêu", "Năm 2015", "Năm 2016"],
            ["2", "Số lượng các cơ quan, đơn vị được kiểm tra CCHC", "12", null],
        ];
        for (var r = 0; r < rows.Length; r++)
        {
            var row = sheet.CreateRow(r);
            for (var c = 0; c < rows[r].Length; c++)
                if (rows[r][c] is { } v) row.CreateCell(c).SetCellValue(v);
        }
        sheet.GetRow(3).CreateCell(3).SetCellValue(14.0);
        var path = dir.File("pl1.xls");
        using (var fs = File.Create(path)) wb.Write(fs);

        var result = Interpret.File(path);

        var s = Assert.Single(result.Submissions);
        Assert.Equal(("PL1", "542"), (s.AppendixCode, s.UnitCode));
        Assert.Equal(12, s.Fact("PL1.2", 2015).Value);
        Assert.Equal(14, s.Fact("PL1.2", 2016).Value);
    }

    [Fact]
    public void Truncated_workbook_is_a_clear_read_error()
    {
        using var dir = new TempDirectory();
        var good = new WorkbookBuilder().Sheet("PL3", Appendix3.With(["1.", "Tổng số TTHC của tỉnh", 1800])).Save(dir.Path, "good.xlsx");
        var bytes = File.ReadAllBytes(good);
        var truncated = dir.File("truncated.xlsx");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);

        var e = Assert.Throws<WorkbookReadException>(() => WorkbookReader.Read(truncated));
        Assert.Contains("hỏng", e.Message);
    }

    [Fact]
    public void Text_file_renamed_xlsx_is_not_taken_for_a_workbook()
    {
        using var dir = new TempDirectory();
        var path = dir.File("fake.xlsx");
        File.WriteAllText(path, "STT,Chỉ tiêu\n1,abc\n");

        var e = Assert.Throws<WorkbookReadException>(() => WorkbookReader.Read(path));
        Assert.Contains("không phải bảng tính", e.Message);
    }
}
