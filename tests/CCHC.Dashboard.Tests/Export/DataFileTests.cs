using System.Globalization;
using System.Text;
using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Export.Data;
using CCHC.Dashboard.Tests.Charts;
using ClosedXML.Excel;
using CsvHelper;

namespace CCHC.Dashboard.Tests.Export;

public sealed class DataFileTests
{
    static readonly DateTime ExportedAt = new(2026, 11, 23, 14, 5, 0);

    static byte[] Csv(ChartSpec spec)
    {
        using var stream = new MemoryStream();
        CsvFile.Write(ChartTables.Long(spec, ExportedAt), stream);
        return stream.ToArray();
    }

    static List<string[]> ReadCsv(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(csv.Record!);
        return rows;
    }

    [Fact]
    public void Csv_starts_with_a_byte_order_mark_so_Excel_reads_it_as_UTF8()
    {
        var bytes = Csv(Specs.Trend());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
    }

    [Fact]
    public void Csv_round_trips_the_Vietnamese_text_and_the_selection_heading()
    {
        var spec = Specs.Trend() with { FilterText = "Năm 2015–2020 · Đơn vị: Tây Sơn, Hoài Ân" };
        var rows = ReadCsv(Csv(spec));

        Assert.Equal(["Biểu đồ", "Số văn bản chỉ đạo, điều hành"], rows[0]);
        Assert.Contains(rows, r => r is ["Lọc theo", "Năm 2015–2020 · Đơn vị: Tây Sơn, Hoài Ân"]);
        Assert.Contains(rows, r => r is ["Nguồn", "Nguồn: Phụ lục 1; năm 2020 tính đến 31/3"]);
        Assert.Contains(rows, r => r.Length == 6 && r[0] == "Năm" && r[5] == "Nguồn (tệp › trang › ô)");
    }

    [Fact]
    public void Csv_has_one_row_per_value_with_its_source_cell_and_a_gap_stays_empty_not_zero()
    {
        var rows = ReadCsv(Csv(Specs.Trend()));
        var header = rows.FindIndex(r => r.Length == 6 && r[0] == "Năm");
        var data = rows.Skip(header + 1).ToList();

        Assert.Equal(12, data.Count); // 2 series × 6 years
        Assert.Contains(data, r => r is ["2016", "Bình Định", "1234", "1.234", "", "PL1_2016.xlsx › Phụ lục 1 › D12"]);
        var gap = data.Single(r => r[0] == "2017" && r[1] == "Bình Định");
        Assert.Equal("", gap[2]);
        Assert.Equal("—", gap[3]);
        Assert.Equal("không báo cáo", gap[4]);
        Assert.Equal("tính đến 31/3 (quý I)", data.Single(r => r[0] == "2020" && r[1] == "Quy Nhơn")[4]);
    }

    [Fact]
    public void Csv_writes_numbers_in_invariant_form_and_the_vi_VN_text_beside_them()
    {
        var rows = ReadCsv(Csv(Specs.Ranking(ChartKind.HorizontalBar)));
        var quyNhon = rows.Single(r => r.Length == 6 && r[0] == "Quy Nhơn");
        Assert.Equal("98.7", quyNhon[2]);
        Assert.Equal("98,7 %", quyNhon[3]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised(string label)
    {
        var spec = Specs.Ranking() with { Categories = [label], Series = [new("Tỷ lệ", [new ChartPoint(label, -5)])] };
        var rows = ReadCsv(Csv(spec));
        var row = rows.Single(r => r.Length == 6 && r[1] == "Tỷ lệ");
        Assert.Equal("'" + label, row[0]);
        Assert.Equal("-5", row[2]); // a number is a number, not text to neutralise
    }

    [Fact]
    public void Xlsx_holds_the_wide_table_with_real_numbers_and_the_sources_sheet()
    {
        var spec = Specs.Trend();
        using var stream = new MemoryStream();
        XlsxFile.Write([("Số liệu", ChartTables.Wide(spec, ExportedAt)), ("Nguồn", ChartTables.Long(spec, ExportedAt))], stream);
        stream.Position = 0;

        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet("Số liệu");
        Assert.Equal("Số văn bản chỉ đạo, điều hành", sheet.Cell(1, 2).GetString());
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Năm").RowNumber();
        Assert.Equal(["Năm", "Bình Định", "Quy Nhơn"], Enumerable.Range(1, 3).Select(c => sheet.Cell(header, c).GetString()));
        Assert.Equal("2015", sheet.Cell(header + 1, 1).GetString());
        Assert.Equal(1234, sheet.Cell(header + 1, 2).GetDouble());
        Assert.True(sheet.Cell(header + 3, 2).IsEmpty(), "2017 was not reported: an empty cell, never 0");
        Assert.Contains(workbook.Worksheet("Nguồn").CellsUsed(), c => c.GetString() == "PL1_2016.xlsx › Phụ lục 1 › D12");
    }

    [Fact]
    public void Xlsx_keeps_formula_like_labels_as_inert_text()
    {
        var spec = Specs.Ranking() with { Categories = ["=1+1"], Series = [new("Tỷ lệ", [new ChartPoint("=1+1", 3)])] };
        using var stream = new MemoryStream();
        XlsxFile.Write([("Nguồn", ChartTables.Long(spec, ExportedAt))], stream);
        stream.Position = 0;

        using var workbook = new XLWorkbook(stream);
        var cell = workbook.Worksheet(1).CellsUsed().Single(c => c.GetString().Contains("1+1"));
        Assert.False(cell.HasFormula);
        Assert.Equal("'=1+1", cell.GetString());
    }
    [Fact]
    public void Csv_for_Vietnamese_Excel_separates_with_semicolons_and_writes_decimal_commas()
    {
        using var stream = new MemoryStream();
        CsvFile.Write(ChartTables.Long(Specs.Ranking(ChartKind.HorizontalBar), ExportedAt), stream, forVietnameseExcel: true);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n");

        Assert.Contains("Hạng mục;Chuỗi;Giá trị;Hiển thị;Ghi chú;Nguồn (tệp › trang › ô)", lines);
        Assert.Contains("Quy Nhơn;Tỷ lệ;98,7;98,7 %;;PL2.xlsx › 540 › E7", lines);
        Assert.Contains("An Lão;Tỷ lệ;91,25;91,3 %;;", lines);
    }

    [Fact]
    public void Xlsx_writes_years_as_numbers_not_text()
    {
        using var stream = new MemoryStream();
        var spec = Specs.Trend();
        XlsxFile.Write([("Số liệu", ChartTables.Wide(spec, ExportedAt)), ("Nguồn", ChartTables.Long(spec, ExportedAt))], stream);
        stream.Position = 0;

        using var workbook = new XLWorkbook(stream);
        foreach (var name in new[] { "Số liệu", "Nguồn" })
        {
            var sheet = workbook.Worksheet(name);
            var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Năm").RowNumber();
            Assert.Equal(XLDataType.Number, sheet.Cell(header + 1, 1).DataType);
            Assert.Equal(2015, sheet.Cell(header + 1, 1).GetDouble());
            Assert.Equal("2015", sheet.Cell(header + 1, 1).GetFormattedString()); // never "2.015"
        }
    }

    [Fact]
    public void A_download_is_named_for_its_chart_selection_and_time()
    {
        var at = new DateTime(2026, 12, 3, 9, 15, 0);

        Assert.Equal("cchc-trend_PL7.1_2016-2019_540-547_2026-12-03_0915.png",
            CCHC.Dashboard.Export.DownloadName.For("cchc-trend.png", CCHC.Dashboard.Slicers.Selection.FromQuery("?indicator=PL7.1&from=2016&to=2019&units=540,547"), at));
        Assert.Equal("cchc-bo-trinh-chieu_2026-12-03_0915.pptx",
            CCHC.Dashboard.Export.DownloadName.For("cchc-bo-trinh-chieu.pptx", CCHC.Dashboard.Slicers.Selection.Default, at));
        Assert.NotEqual(CCHC.Dashboard.Export.DownloadName.For("cchc-trend.png", CCHC.Dashboard.Slicers.Selection.Default, at),
            CCHC.Dashboard.Export.DownloadName.For("cchc-trend.png", CCHC.Dashboard.Slicers.Selection.Default, at.AddMinutes(1)));
    }
}
