using System.Globalization;
using CCHC.Dashboard.Export.Report;
using CCHC.Dashboard.Tests.Charts;
using CCHC.Etl.Consolidation;
using CCHC.Etl.Reference;
using CCHC.Etl.Templates;
using CCHC.Warehouse;
using CCHC.Warehouse.Model;
using Dapper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using SkiaSharp;

namespace CCHC.Dashboard.Tests.Export.Report;

/// <summary>The Word report made from the shipped data, opened with the Open XML SDK and checked against the
/// consolidated values the workbook is written from, and one sentence against a figure recomputed in SQL.</summary>
public sealed class ConsolidatedReportTests(ConsolidatedReportTests.Shipped shipped) : IClassFixture<ConsolidatedReportTests.Shipped>
{
    public sealed class Shipped : IDisposable
    {
        public Shipped()
        {
            Book = new ShippedChartBook();
            var book = Book.NewBook();
            Catalogue = CatalogueLoader.Load();
            Values = ConsolidatedValues.ReadAsync(Catalogue, Book.Queries).GetAwaiter().GetResult();
            Docx = ConsolidatedReport.DocxAsync(Catalogue, Book.Queries, book, book.KeyIndicators, new DateTime(2026, 12, 3, 9, 15, 0))
                .GetAwaiter().GetResult();
        }

        public ShippedChartBook Book { get; }
        public Catalogue Catalogue { get; }
        public ConsolidatedValues Values { get; }
        public byte[] Docx { get; }

        public WordprocessingDocument Open() => WordprocessingDocument.Open(new MemoryStream(Docx), false);

        public void Dispose() => Book.Dispose();
    }

    static readonly CultureInfo Vi = new("vi-VN") { NumberFormat = { NumberDecimalSeparator = ",", NumberGroupSeparator = "." } };

    static List<Table> Tables(WordprocessingDocument doc) => doc.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();

    static List<string> Cells(TableRow row) => row.Elements<TableCell>().Select(c => c.InnerText).ToList();

    static List<string> Paragraphs(WordprocessingDocument doc) =>
        doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText.Replace('\u00A0', ' ')).ToList();

    [Fact]
    public void The_document_is_valid_Open_XML()
    {
        using var doc = shipped.Open();

        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Distinct().Take(5)));
    }

    [Fact]
    public void The_title_names_the_province_of_the_catalogue()
    {
        using var doc = shipped.Open();

        var province = shipped.Catalogue.Units.Single(u => u.Level == "province").Name;
        Assert.Equal($"Báo cáo tổng hợp số liệu CCHC tỉnh {province}", Paragraphs(doc)[0]);
    }

    [Fact]
    public void Every_indicator_table_holds_the_consolidated_values_row_by_row()
    {
        using var doc = shipped.Open();
        var tables = Tables(doc);
        var appendices = ReportAppendices.Of2020(shipped.Catalogue);
        var compared = 0;
        // Tables in document order: Phụ lục 1–3, 4 (three sections), 5–7, 8, IX, then the sources annex.
        var indexOf = new Dictionary<int, int> { [1] = 0, [2] = 1, [3] = 2, [5] = 6, [6] = 7, [7] = 8 };
        foreach (var appendix in appendices.Where(a => a.Kind == "indicator"))
        {
            var table = tables[indexOf[appendix.Number]];
            var rows = table.Elements<TableRow>().Skip(1).ToList();
            var indicators = shipped.Catalogue.Indicators.Where(i => i.AppendixCode == appendix.Code).OrderBy(i => i.SortOrder).ToList();
            Assert.Equal(indicators.Count, rows.Count);
            var values = shipped.Values.For(appendix).Indicators;
            foreach (var (indicator, row) in indicators.Zip(rows))
            {
                var cells = Cells(row);
                Assert.Equal(indicator.Label, cells[1]);
                foreach (var (year, i) in AppendixYears.Of(shipped.Catalogue).All.Select((y, i) => (y, i)))
                {
                    var text = cells[2 + i].TrimEnd('*');
                    if (!values.TryGetValue((indicator.Code, year), out var value))
                    {
                        Assert.True(text.Length == 0, $"{indicator.Code} {year}: \"{text}\" where the workbook has no value");
                        continue;
                    }
                    if (indicator.UnitOfMeasure == "yesno") Assert.Equal(value >= 0.5 ? "Có" : "Không", text);
                    else Assert.Equal(Math.Round(value, 1), double.Parse(text, NumberStyles.Number, Vi));
                    compared++;
                }
            }
        }
        Assert.True(compared > 400, $"only {compared} values compared");
    }

    [Fact]
    public void Phu_luc_4_and_8_hold_the_consolidated_counts_and_verdicts()
    {
        using var doc = shipped.Open();
        var tables = Tables(doc);
        var pl4 = ReportAppendices.Of2020(shipped.Catalogue).Single(a => a.Number == 4);
        var counts = shipped.Values.For(pl4).OrgCounts;
        foreach (var (section, n) in shipped.Catalogue.OrgMeasures.OrderBy(m => m.SortOrder).GroupBy(m => m.Section).Select((s, n) => (s, n)))
        {
            var table = tables[3 + n];
            var body = table.Elements<TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is null).ToList();
            foreach (var ((period, _), row) in AppendixYears.OrgPeriods.Zip(body))
                foreach (var (measure, i) in section.Select((m, i) => (m, i)))
                {
                    var text = Cells(row)[2 + i].TrimEnd('*');
                    Assert.Equal(counts.TryGetValue((measure.Code, period), out var v) ? v.ToString("#,##0", Vi) : "", text);
                }
        }

        var pl8 = ReportAppendices.Of2020(shipped.Catalogue).Single(a => a.Number == 8);
        var verdicts = shipped.Values.For(pl8).Verdicts;
        var targets = shipped.Catalogue.Targets.Where(t => t.AppendixCode == pl8.Code).OrderBy(t => t.TargetNo).ToList();
        var rows = tables[9].Elements<TableRow>().Skip(1).ToList();
        Assert.Equal(targets.Count, rows.Count);
        foreach (var (target, row) in targets.Zip(rows))
            Assert.Equal(verdicts.TryGetValue(target.Code, out var a) ? (a ? "Đạt" : "Không đạt") : "", Cells(row)[2]);
    }

    [Fact]
    public async Task Phu_luc_IX_is_the_province_s_real_evaluation_15_achieved_7_missed()
    {
        using var doc = shipped.Open();
        var rows = Tables(doc)[10].Elements<TableRow>().Skip(1).Select(Cells).ToList();

        Assert.Equal(22, rows.Count);
        Assert.Equal(15, rows.Count(r => r[3] == "Đạt"));
        Assert.Equal([4, 6, 11, 14, 16, 17, 21], rows.Where(r => r[3] == "Không đạt").Select(r => int.Parse(r[0].TrimEnd('.'))));
        var evaluations = await shipped.Book.Queries.TargetEvaluationsAsync("2011-2025", null, ["52"]);
        Assert.All(evaluations, e => Assert.False(e.IsSample));
    }

    [Fact]
    public void Header_rows_repeat_on_every_page_and_figures_are_right_aligned()
    {
        using var doc = shipped.Open();

        foreach (var table in Tables(doc))
            Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        var figure = Tables(doc)[0].Elements<TableRow>().Skip(1).First().Elements<TableCell>().ElementAt(2);
        Assert.Equal(JustificationValues.Right, figure.Descendants<Justification>().Single().Val!.Value);
    }

    [Fact]
    public async Task The_sentence_of_PL1_1_is_the_change_recomputed_from_v_indicator_value()
    {
        using var doc = shipped.Open();
        // The province figure by the consolidation's rule, straight from the view: the designated department's
        // report, else the province's own, else the district-level units' sum (PL1.1 is "sum").
        using var db = WarehouseDatabase.OpenReadOnly(shipped.Book.Warehouse);
        var rows = (await db.Connection.QueryAsync<(int Year, double? Designated, double? Own, double? Sum)>("""
            SELECT v.year,
                   max(v.value) FILTER (WHERE u.level = 'province' AND v.reporting_department_code = v.department_code),
                   max(v.value) FILTER (WHERE u.level = 'province'),
                   sum(v.value) FILTER (WHERE u.level = 'district')
            FROM v_indicator_value v JOIN dim_unit u USING (unit_code)
            WHERE v.indicator_code = 'PL1.1' AND v.year IN (2015, 2019)
            GROUP BY v.year
            """)).ToDictionary(r => r.Year, r => r.Designated ?? r.Own ?? r.Sum!.Value);
        var (from, to) = (rows[2015], rows[2019]);
        Assert.NotEqual(from, to);

        var change = Math.Abs(to - from);
        var expected = $"– Số lượng văn bản chỉ đạo, điều hành (PL1.1): {(to > from ? "tăng" : "giảm")} {change.ToString("#,##0.#", Vi)} " +
            $"({(change / from * 100).ToString("#,##0.#", Vi)} %), từ {from.ToString("#,##0.#", Vi)} năm 2015 " +
            $"{(to > from ? "lên" : "xuống")} {to.ToString("#,##0.#", Vi)} năm 2019";
        Assert.Contains(Paragraphs(doc), p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_indicator_with_a_figure_in_2015_or_2019_has_its_sentence_and_rates_speak_in_points()
    {
        using var doc = shipped.Open();
        var paragraphs = Paragraphs(doc);
        var figures = shipped.Values.Figures.ToDictionary(f => (f.IndicatorCode, f.Year));
        foreach (var indicator in shipped.Catalogue.Indicators.Where(i => i.UnitOfMeasure != "group" && i.AppendixCode is not "PL4" and not "PL8"))
        {
            var a = figures[(indicator.Code, 2015)].Value;
            var b = figures[(indicator.Code, 2019)].Value;
            var sentence = paragraphs.SingleOrDefault(p => p.StartsWith("– ", StringComparison.Ordinal) && p.Contains($"({indicator.Code}):", StringComparison.Ordinal));
            if (a is null && b is null) { Assert.Null(sentence); continue; }
            Assert.NotNull(sentence);
            if (a is null || b is null) Assert.Contains("chưa so sánh được", sentence);
            else if (indicator.UnitOfMeasure == "percent" && Math.Round(Math.Abs(b.Value - a.Value), 1) > 0)
                Assert.Contains($"{Math.Abs(b.Value - a.Value).ToString("#,##0.#", Vi)} điểm %", sentence);
        }
    }

    [Fact]
    public void Key_charts_are_embedded_as_valid_PNG_images()
    {
        using var doc = shipped.Open();

        var images = doc.MainDocumentPart!.ImageParts.ToList();
        // The six key indicators of appsettings.json and the Phụ lục IX chart by area.
        Assert.Equal(7, images.Count);
        foreach (var image in images)
        {
            Assert.Equal("image/png", image.ContentType);
            using var stream = image.GetStream();
            using var bitmap = SKBitmap.Decode(stream);
            Assert.NotNull(bitmap);
            Assert.Equal((ConsolidatedReport.ChartSize.Width, ConsolidatedReport.ChartSize.Height), (bitmap.Width, bitmap.Height));
        }
        Assert.Equal(7, doc.MainDocumentPart.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>().Count());
    }

    [Fact]
    public void Sample_figures_are_marked_and_the_real_Phu_luc_IX_is_not()
    {
        using var doc = shipped.Open();
        var body = doc.MainDocumentPart!.Document.Body!.Elements().ToList();

        Assert.Contains("DỮ LIỆU MẪU", doc.MainDocumentPart.HeaderParts.Single().Header.InnerText);
        string After(Table t) => string.Join(" | ", body.Skip(body.IndexOf(t) + 1).Take(2).Select(e => e.InnerText));
        var tables = Tables(doc);
        Assert.Contains(ReportText.SampleNote, After(tables[0]));
        Assert.DoesNotContain("Dữ liệu mẫu", After(tables[10]));
    }

    [Fact]
    public void The_sources_annex_lists_every_value_with_its_file_sheet_and_cell()
    {
        using var doc = shipped.Open();
        var tables = Tables(doc);
        var appendices = ReportAppendices.Of2020(shipped.Catalogue);
        // The annex: one table per appendix 1–8, then Phụ lục IX's, after the eleven tables of the appendices.
        foreach (var (appendix, n) in appendices.Select((a, n) => (a, n)))
        {
            var lines = AppendixTables.Sources(shipped.Catalogue, shipped.Values, appendix, AppendixYears.Of(shipped.Catalogue));
            var rows = tables[11 + n].Elements<TableRow>().Skip(1).Select(Cells).ToList();
            Assert.Equal(lines.Count, rows.Count);
            foreach (var (line, row) in lines.Zip(rows))
            {
                Assert.Equal(line.Code, row[0]);
                Assert.All(line.Sources, s => Assert.Contains($"{s.File} › {s.Sheet} › {s.Cell}", row[5]));
            }
        }
        var ix = tables[11 + appendices.Count].Elements<TableRow>().Skip(1).Select(Cells).ToList();
        Assert.Equal(22, ix.Count);
        Assert.All(ix, r => Assert.Matches(@"\.xlsx › .+ › [A-Z]+\d+$", r[5]));
    }
}
