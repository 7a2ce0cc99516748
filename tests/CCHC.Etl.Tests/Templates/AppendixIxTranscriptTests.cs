using CCHC.Etl.Samples;
using ClosedXML.Excel;

namespace CCHC.Etl.Tests.Templates;

public sealed class AppendixIxTranscriptTests : IDisposable
{
    readonly string path = Path.Combine(Path.GetTempPath(), $"cchc-pl9-{Guid.NewGuid():N}.xlsx");

    public AppendixIxTranscriptTests() => AppendixIxTranscript.Write(SourceTsv(), path);

    public void Dispose() => File.Delete(path);

    // data/sources is not copied to bin; find it from the test's folder up to the repository root.
    static string SourceTsv()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "sources", "phu_luc_ix_2025.tsv");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("data/sources/phu_luc_ix_2025.tsv not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Reading_back_gives_the_22_targets_with_exactly_the_seeds_texts()
    {
        var sheet = WorkbookCells.Read(path).Sheets.Single();
        Assert.Equal(AppendixIxTranscript.SheetName, sheet.Name);
        var targets = Enumerable.Range(0, sheet.RowCount).Where(r => sheet.Value(r, 0) is double)
            .Select(r => ((int)(double)sheet.Value(r, 0)!, sheet.Text(r, 1), sheet.Text(r, 2), sheet.Text(r, 3))).ToList();
        Assert.Equal(PhuLucIxSeed.Targets, targets);
    }

    [Fact]
    public void Fifteen_targets_are_Dat_in_column_D_and_seven_Khong_dat_sit_in_column_C()
    {
        var sheet = WorkbookCells.Read(path).Sheets.Single();
        var rows = Enumerable.Range(0, sheet.RowCount).Where(r => sheet.Value(r, 0) is double).ToList();
        Assert.Equal(15, rows.Count(r => sheet.Text(r, 3) == "Đạt" && sheet.Text(r, 2) == ""));
        var resultColumn = rows.Where(r => sheet.Text(r, 2) == "Không đạt" && sheet.Text(r, 3) == "").Select(r => (int)(double)sheet.Value(r, 0)!);
        Assert.Equal([4, 6, 11, 14, 16, 17, 21], resultColumn);
    }

    [Fact]
    public void Every_line_of_the_source_is_one_row_header_repeats_included()
    {
        var lines = File.ReadAllLines(SourceTsv());
        var sheet = WorkbookCells.Read(path).Sheets.Single();
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = lines[i].Split('\t');
            for (var c = 0; c < fields.Length; c++)
                Assert.Equal(fields[c], sheet.Text(i, c));
        }
        Assert.Equal(3, Enumerable.Range(0, sheet.RowCount).Count(r => sheet.Text(r, 0) == "STT"));
        Assert.DoesNotContain(sheet.Texts(), t => t.Text.Contains("DỮ LIỆU MẪU", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_lines_are_merged_across_the_four_columns()
    {
        using var workbook = new XLWorkbook(path);
        var ws = workbook.Worksheet(AppendixIxTranscript.SheetName);
        Assert.Equal("Phụ lục IX", ws.Cell("A1").GetString());
        Assert.Equal("A1:D1", ws.Cell("A1").MergedRange().RangeAddress.ToString());
        Assert.True(ws.Cell("B9").Style.Alignment.WrapText);
    }
}
