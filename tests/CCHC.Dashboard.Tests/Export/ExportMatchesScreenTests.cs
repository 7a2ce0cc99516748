using System.Globalization;
using System.Text;
using CCHC.Dashboard.Charts;
using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Export;
using CCHC.Dashboard.Export.Images;
using CCHC.Dashboard.Slicers;
using CCHC.Dashboard.Tests.Charts;
using ClosedXML.Excel;
using CsvHelper;

namespace CCHC.Dashboard.Tests.Export;

/// <summary>Every chart of the standard set, over the shipped data: the chart's table on screen ("Bảng số liệu") and
/// its CSV and XLSX downloads hold the same figures, cell by cell. A heat map once exported its colour ranks
/// (Quy Nhơn's 269 dossiers on screen, 5 in the workbook).</summary>
public sealed class ExportMatchesScreenTests(ShippedChartBook shipped) : BunitContext, IClassFixture<ShippedChartBook>
{
    [Theory]
    [InlineData("")]
    [InlineData("?indicator=PL7.1&units=540,547&from=2016")]
    [InlineData("?area=TTHC&from=2018&to=2018")]
    [InlineData("?indicator=PL1.3.1&highlight=540&sort=name")] // a yes/no trend drawn as a grid
    public async Task Every_standard_chart_exports_the_numbers_its_screen_table_shows(string query)
    {
        var book = shipped.NewBook();
        var exporter = new ChartExporter(book, shipped.NewTables(), TimeProvider.System);
        var selection = Selection.FromQuery(query);
        var compared = 0;

        foreach (var id in await book.StandardSetAsync())
        {
            var spec = (await book.BuildAsync(id, selection))!;
            var screen = ScreenTable(spec);
            var csv = CsvValues((await exporter.ChartAsync(id, ExportFormat.Csv, selection, ImageSize.FullHd))!.Content);
            using var xlsx = new XLWorkbook(new MemoryStream((await exporter.ChartAsync(id, ExportFormat.Xlsx, selection, ImageSize.FullHd))!.Content));
            var wide = WideSheet(xlsx.Worksheet("Số liệu"));

            Assert.Equal(screen.Series, wide.Series);
            Assert.Equal(screen.Rows.Select(r => r.Category), wide.Rows.Select(r => r.Category));
            for (var r = 0; r < screen.Rows.Count; r++)
            {
                for (var s = 0; s < screen.Series.Count; s++)
                {
                    var shown = screen.Rows[r].Cells[s];
                    var where = $"{id}: {screen.Rows[r].Category} × {screen.Series[s]}";
                    var cell = wide.Rows[r].Cells[s];
                    var (number, display) = csv[(screen.Rows[r].Category, screen.Series[s])];
                    if (shown == ViNumber.Missing)
                    {
                        Assert.True(cell.IsEmpty(), $"{where}: not reported on screen, but the XLSX holds {cell.Value}");
                        Assert.Null(number);
                        continue;
                    }
                    Assert.Equal(shown, display);
                    Assert.True(number is not null, $"{where}: the CSV has no number for “{shown}”");
                    Assert.Equal(number!.Value, cell.GetDouble(), 9);
                    Assert.True(Reads(shown, number.Value), $"{where}: the screen shows “{shown}”, the export {number}");
                    if (shown.EndsWith(" %", StringComparison.Ordinal))
                        Assert.Contains("%", cell.Style.NumberFormat.Format);
                    compared++;
                }
            }
        }
        Assert.True(compared > 100, $"only {compared} cells compared");
    }

    sealed record Table(IReadOnlyList<string> Series, IReadOnlyList<(string Category, IReadOnlyList<string> Cells)> Rows);

    Table ScreenTable(ChartSpec spec)
    {
        var table = Render<ChartTable>(p => p.Add(t => t.Spec, spec));
        var series = table.FindAll("thead th").Skip(1).Select(th => th.TextContent.Trim()).ToList();
        var rows = table.FindAll("tbody tr").Select(tr =>
        {
            var head = tr.QuerySelector("th")!;
            // The partial-year note is a span beside the category, not part of it.
            var category = head.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent).Aggregate("", string.Concat).Trim();
            return (category, (IReadOnlyList<string>)tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList());
        }).ToList();
        return new Table(series, rows);
    }

    static (IReadOnlyList<string> Series, IReadOnlyList<(string Category, IReadOnlyList<IXLCell> Cells)> Rows) WideSheet(IXLWorksheet sheet)
    {
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() is "Năm" or "Hạng mục").RowNumber();
        var columns = sheet.Row(header).LastCellUsed()!.Address.ColumnNumber;
        var series = Enumerable.Range(2, columns - 1).Select(c => sheet.Cell(header, c).GetString()).ToList();
        var last = sheet.LastRowUsed()!.RowNumber();
        var rows = Enumerable.Range(header + 1, last - header)
            .Select(r => (sheet.Cell(r, 1).GetString(), (IReadOnlyList<IXLCell>)Enumerable.Range(2, columns - 1).Select(c => sheet.Cell(r, c)).ToList()))
            .ToList();
        return (series, rows);
    }

    /// <summary>The CSV's rows by (category, series): the number and the text written beside it.</summary>
    static Dictionary<(string, string), (double? Number, string Display)> CsvValues(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var result = new Dictionary<(string, string), (double?, string)>();
        var inTable = false;
        while (csv.Read())
        {
            var r = csv.Record!;
            if (!inTable) { inTable = r.Length == 6 && r[0] is "Năm" or "Hạng mục"; continue; }
            result[(r[0], r[1])] = (r[2] == "" ? null : double.Parse(r[2], CultureInfo.InvariantCulture), r[3]);
        }
        return result;
    }

    /// <summary>Whether a figure as the screen writes it ("1.234", "98,7 %", "Có") is this number, to the digits shown.</summary>
    static bool Reads(string shown, double number)
    {
        if (shown is "Có" or "Không") return (number >= 0.5) == (shown == "Có");
        var text = shown.Split(" (")[0].Replace(" %", "").Replace(".", "").Replace(',', '.');
        var value = double.Parse(text, CultureInfo.InvariantCulture);
        var decimals = text.Contains('.') ? text.Length - text.IndexOf('.') - 1 : 0;
        return Math.Abs(value - number) <= 0.5 * Math.Pow(10, -decimals) + 1e-9;
    }
}
