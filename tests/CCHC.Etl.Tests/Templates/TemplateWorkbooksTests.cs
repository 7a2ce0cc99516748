using System.Text.RegularExpressions;
using CCHC.Etl.Reference;
using CCHC.Etl.Templates;
using CCHC.Warehouse.Model;
using ClosedXML.Excel;

namespace CCHC.Etl.Tests.Templates;

/// <summary>The templates written once from the real catalogue into a temporary folder.</summary>
public sealed class TemplateFolder : IDisposable
{
    public Catalogue Catalogue { get; } = CatalogueLoader.Load();
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "cchc-templates-" + Guid.NewGuid().ToString("N"));
    public IReadOnlyList<string> Paths { get; }

    public TemplateFolder() => Paths = TemplateWorkbooks.Write(Catalogue, Directory);

    public string PathOf(string unitName) => Paths.Single(p => p.EndsWith("_" + AdministrativeNames.Ascii(unitName) + ".xlsx", StringComparison.Ordinal));

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }
}

public sealed partial class TemplateWorkbooksTests(TemplateFolder templates) : IClassFixture<TemplateFolder>
{
    [Fact]
    public void One_workbook_per_unit_with_sheets_PL1_to_PL8()
    {
        Assert.Equal(templates.Catalogue.Units.Count, templates.Paths.Count);
        foreach (var path in templates.Paths)
        {
            using var workbook = new XLWorkbook(path);
            Assert.Equal(["PL1", "PL2", "PL3", "PL4", "PL5", "PL6", "PL7", "PL8"], workbook.Worksheets.Select(w => w.Name));
        }
    }

    [Theory]
    [InlineData("Tây Sơn", "UBND HUYỆN TÂY SƠN", "của UBND huyện Tây Sơn)")]
    [InlineData("Hoài Nhơn", "UBND THỊ XÃ HOÀI NHƠN", "của UBND thị xã Hoài Nhơn)")]
    [InlineData("Quy Nhơn", "UBND THÀNH PHỐ QUY NHƠN", "của UBND thành phố Quy Nhơn)")]
    [InlineData("Bình Định", "UBND TỈNH BÌNH ĐỊNH", "của UBND tỉnh Bình Định)")]
    public void Every_sheet_names_the_unit_and_leaves_the_report_date_blank(string unit, string issuer, string attachmentEnd)
    {
        using var workbook = new XLWorkbook(templates.PathOf(unit));
        foreach (var ws in workbook.Worksheets)
        {
            Assert.Equal(issuer, ws.Cell("A1").GetString());
            var texts = ws.CellsUsed().Select(c => c.GetString()).ToList();
            Assert.Contains(texts, t => t.StartsWith("(Kèm theo Báo cáo số ", StringComparison.Ordinal) && t.EndsWith(attachmentEnd, StringComparison.Ordinal));
            Assert.Contains($"{unit}, ngày … tháng … năm 2020", texts);
            Assert.DoesNotContain(texts, t => t.Contains("DỮ LIỆU MẪU", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Tây Sơn")]
    [InlineData("Bình Định")]
    public void Every_value_cell_is_validated_by_its_unit_of_measure_and_group_rows_are_grey(string unitName)
    {
        var unit = templates.Catalogue.Units.Single(u => u.Name == unitName);
        using var workbook = new XLWorkbook(templates.PathOf(unitName));
        var validated = 0;
        foreach (var appendix in templates.Catalogue.Appendices.Where(a => a.Kind == "indicator"))
        {
            var ws = workbook.Worksheet($"PL{appendix.Number}");
            foreach (var (indicator, row) in Rows(ws, templates.Catalogue, appendix.Code))
            {
                var cells = Enumerable.Range(3, 6).Select(c => ws.Cell(row, c)).ToList();
                Assert.All(cells, c => Assert.True(c.IsEmpty()));
                var applies = indicator.AppliesTo == "both" || indicator.AppliesTo == unit.Level;
                if (indicator.UnitOfMeasure == "group" || !applies)
                {
                    Assert.All(cells, c => Assert.False(c.HasDataValidation, $"{indicator.Code} {c.Address}"));
                    if (indicator.UnitOfMeasure == "group") Assert.Equal(XLColor.FromHtml("#D9D9D9"), ws.Cell(row, 2).Style.Fill.BackgroundColor);
                    continue;
                }
                foreach (var cell in cells)
                {
                    Assert.True(cell.HasDataValidation, $"{indicator.Code} {cell.Address} has no validation");
                    var v = cell.DataValidation;
                    Assert.True(v.ShowErrorMessage);
                    Assert.False(string.IsNullOrEmpty(v.ErrorMessage));
                    switch (indicator.UnitOfMeasure)
                    {
                        case "count":
                            Assert.Equal(XLAllowedValues.WholeNumber, v.AllowedValues);
                            Assert.Equal(XLOperator.EqualOrGreaterThan, v.Operator);
                            Assert.Equal("0", v.MinValue);
                            break;
                        case "percent":
                            Assert.Equal(XLAllowedValues.Decimal, v.AllowedValues);
                            Assert.Equal(("0", "100"), (v.MinValue, v.MaxValue));
                            Assert.Equal("Nhập tỷ lệ % (0–100)", v.InputMessage);
                            break;
                        case "yesno":
                            Assert.Equal(XLAllowedValues.List, v.AllowedValues);
                            Assert.Equal("\"Có,Không\"", v.Value);
                            break;
                    }
                    validated++;
                }
            }
        }
        Assert.True(validated > 200, $"only {validated} validated cells");
    }

    [Fact]
    public void Verdict_cells_offer_Dat_or_Khong_dat()
    {
        using var workbook = new XLWorkbook(templates.PathOf("Tây Sơn"));
        var ws = workbook.Worksheet("PL8");
        var verdicts = ws.Column(1).CellsUsed().Where(c => TargetNumber().IsMatch(c.GetString())).Select(c => c.CellRight(2)).ToList();
        Assert.Equal(templates.Catalogue.Targets.Count(t => t.AppendixCode == "PL8"), verdicts.Count);
        Assert.All(verdicts, c =>
        {
            Assert.True(c.IsEmpty());
            Assert.Equal(XLAllowedValues.List, c.DataValidation.AllowedValues);
            Assert.Equal("\"Đạt,Không đạt\"", c.DataValidation.Value);
        });
    }

    [Fact]
    public void Phu_luc_4_count_cells_take_whole_numbers()
    {
        using var workbook = new XLWorkbook(templates.PathOf("Tây Sơn"));
        var ws = workbook.Worksheet("PL4");
        var periods = ws.Column(2).CellsUsed().Where(c => c.GetString().StartsWith("Giai đoạn 20", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, periods.Count); // two per section
        var sectionTwo = periods[2];
        Assert.Equal(XLAllowedValues.WholeNumber, sectionTwo.CellRight().DataValidation.AllowedValues);
    }

    // Data rows of an indicator sheet, matched to the catalogue in order (labels repeat under different parents).
    static IEnumerable<(Indicator Indicator, int Row)> Rows(IXLWorksheet ws, Catalogue catalogue, string appendixCode)
    {
        var ordered = catalogue.Indicators.Where(i => i.AppendixCode == appendixCode).OrderBy(i => i.SortOrder).ToList();
        var cursor = 0;
        foreach (var row in ws.RowsUsed())
        {
            var at = ordered.FindIndex(cursor, i => i.Label == row.Cell(2).GetString());
            if (at < 0) continue;
            cursor = at + 1;
            yield return (ordered[at], row.RowNumber());
        }
        Assert.Equal(ordered.Count, cursor);
    }

    [GeneratedRegex(@"^\d+\.$")]
    private static partial Regex TargetNumber();
}

/// <summary>A catalogue of another cycle (its reporting_period.csv says 2021–2025, 2025 to 30/6): the templates ask for
/// those years with no code changed, and the reader takes their last column for the partial one.</summary>
public sealed class AnotherCycleTemplateTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("cchc-cycle-").FullName;

    [Fact]
    public void A_catalogue_of_2021_to_2025_makes_templates_with_those_year_columns_and_the_partial_day()
    {
        var catalogue = CatalogueLoader.Load() with { Period = new ReportingPeriod(2021, 2025, 2025, "30/6") };
        var province = catalogue.Units.Single(u => u.Level == "province");

        var path = Assert.Single(TemplateWorkbooks.Write(catalogue with { Units = [province] }, folder));

        Assert.EndsWith($"Mau_PhuLuc_CCHC_2025_{AdministrativeNames.Ascii(province.Name)}.xlsx", path, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(path);
        var texts = workbook.Worksheet("PL3").CellsUsed().Select(c => c.GetString().Replace('\n', ' ')).ToList();
        Assert.Contains("Năm 2021", texts);
        Assert.Contains("Năm 2025 (Tính đến 30/6)", texts);
        Assert.DoesNotContain(texts, t => t.Contains("2020", StringComparison.Ordinal) && t.StartsWith("Năm", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.EndsWith("năm 2025", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
