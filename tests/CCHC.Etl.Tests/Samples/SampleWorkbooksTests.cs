using System.Text.RegularExpressions;
using CCHC.Etl.Samples;
using CCHC.Etl.Tests.Templates;
using ClosedXML.Excel;
using NPOI.HSSF.UserModel;

namespace CCHC.Etl.Tests.Samples;

public sealed class SampleWorkbooksTests(SampleFolder samples) : IClassFixture<SampleFolder>
{
    [Fact]
    public void Two_runs_write_the_same_files_with_the_same_cell_values_and_bytes()
    {
        var again = Path.Combine(Path.GetTempPath(), "cchc-samples-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = SampleWorkbooks.Write(samples.Catalogue, again);
            Assert.Equal(samples.Paths.Select(Path.GetFileName), paths.Select(Path.GetFileName));
            foreach (var path in paths)
            {
                var first = samples.Workbook(Path.GetFileName(path));
                var second = WorkbookCells.Read(path);
                Assert.Equal(first.Sheets.Select(s => s.Name), second.Sheets.Select(s => s.Name));
                foreach (var (a, b) in first.Sheets.Zip(second.Sheets))
                    Assert.Equal(a.Texts(), b.Texts());
                // Same bytes: the loader keys files by SHA-256, so regenerated samples must not look new.
                Assert.Equal(File.ReadAllBytes(Path.Combine(samples.Directory, Path.GetFileName(path))), File.ReadAllBytes(path));
            }
        }
        finally { Directory.Delete(again, recursive: true); }
    }

    [Fact]
    public void Every_sheet_carries_the_sample_marker()
    {
        foreach (var workbook in samples.Workbooks)
            foreach (var sheet in workbook.Sheets)
                Assert.True(sheet.Texts().Any(t => t.Row < 5 && t.Text == SampleMarker.Text), $"{workbook.FileName}/{sheet.Name} has no marker");
    }

    [Fact]
    public void Every_workbook_says_sample_data_in_its_properties()
    {
        foreach (var path in samples.Paths)
        {
            if (path.EndsWith(".xls", StringComparison.Ordinal))
            {
                using var stream = File.OpenRead(path);
                var legacy = new HSSFWorkbook(stream);
                Assert.Equal(SampleMarker.Subject, legacy.SummaryInformation.Subject);
                Assert.Contains(SampleMarker.Text, legacy.SummaryInformation.Comments);
                continue;
            }
            using var workbook = new XLWorkbook(path);
            Assert.Equal(SampleMarker.Subject, workbook.Properties.Subject);
            Assert.Contains(SampleMarker.Text, workbook.Properties.Comments);
        }
    }

    [Fact]
    public void Every_sheet_ends_with_a_place_and_date_line()
    {
        var dateLine = new Regex(@"^[\p{L} ]+, ngày \d{1,2} tháng \d{1,2} năm 2020$");
        foreach (var workbook in samples.Workbooks)
            foreach (var sheet in workbook.Sheets)
                Assert.True(sheet.Texts().Any(t => dateLine.IsMatch(t.Text)), $"{workbook.FileName}/{sheet.Name} has no date line");
    }

    [Fact]
    public void Every_district_sends_Phu_luc_1_to_8_except_the_deliberate_gap()
    {
        var sent = samples.Workbooks.SelectMany(w => w.Sheets)
            .Select(s => (Reporter: samples.ReporterOf(s), Number: SampleTable.AppendixNumber(s)))
            .Where(x => x.Reporter.Department is null && x.Reporter.Unit.Level == "district")
            .ToLookup(x => x.Reporter.Unit.Code, x => x.Number!.Value);
        foreach (var district in samples.Catalogue.Units.Where(u => u.Level == "district"))
        {
            // Hoài Ân does not send Phụ lục 6 at all: the dashboard must show it missing.
            int[] expected = district.Name == "Hoài Ân" ? [1, 2, 3, 4, 5, 7, 8] : [1, 2, 3, 4, 5, 6, 7, 8];
            Assert.Equal(expected, sent[district.Code].Distinct().Order());
        }
    }

    [Fact]
    public void Percentages_lie_within_0_and_100_and_counts_are_whole_and_non_negative()
    {
        var checkedCells = 0;
        foreach (var sheet in samples.Workbooks.SelectMany(w => w.Sheets))
        {
            var number = SampleTable.AppendixNumber(sheet)!.Value;
            var appendix = samples.Catalogue.Appendices.Single(a => a.Number == number);
            if (appendix.Kind != "indicator") continue;
            foreach (var cell in SampleTable.Read(sheet, samples.Catalogue, appendix.Code))
            {
                checkedCells++;
                switch (cell.UnitOfMeasure)
                {
                    case "percent": Assert.InRange(cell.Value, 0, 100); break;
                    case "yesno": Assert.Contains(cell.Value, new[] { 0.0, 1.0 }); break;
                    default:
                        Assert.True(cell.Value >= 0 && cell.Value == Math.Floor(cell.Value), $"{sheet.Name} {cell.Indicator} {cell.Year}: {cell.Raw}");
                        break;
                }
            }
        }
        Assert.True(checkedCells > 4000, $"only {checkedCells} value cells read back");
    }

    [Fact]
    public void Two_mountain_districts_leave_the_2017_column_of_Phu_luc_7_empty()
    {
        var emptyIn2017 = new List<string>();
        foreach (var sheet in samples.Workbooks.SelectMany(w => w.Sheets).Where(s => SampleTable.AppendixNumber(s) == 7))
        {
            var (unit, department) = samples.ReporterOf(sheet);
            if (department is not null) continue;
            var cells = SampleTable.Read(sheet, samples.Catalogue, "PL7");
            Assert.Contains(cells, c => c.Year == 2016);
            if (!cells.Any(c => c.Year == 2017)) emptyIn2017.Add(unit.Name);
        }
        Assert.Equal(["An Lão", "Vĩnh Thạnh"], emptyIn2017.Order());
    }

    [Fact]
    public void Tay_Son_resubmits_Phu_luc_3_later_with_corrected_values()
    {
        var first = samples.Workbook("PL3_TaySon.xlsx").Sheets.Single();
        var later = samples.Workbook("PL3_TaySon_bo-sung.xlsx").Sheets.Single();
        Assert.Contains(first.Texts(), t => t.Text == "Tây Sơn, ngày 15 tháng 4 năm 2020");
        Assert.Contains(later.Texts(), t => t.Text == "Tây Sơn, ngày 28 tháng 4 năm 2020");
        var before = SampleTable.Read(first, samples.Catalogue, "PL3").ToDictionary(c => (c.Indicator, c.Year), c => c.Value);
        var after = SampleTable.Read(later, samples.Catalogue, "PL3").ToDictionary(c => (c.Indicator, c.Year), c => c.Value);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.Equal(3, before.Count(kv => after[kv.Key] != kv.Value));
    }

    [Fact]
    public void Legacy_xls_opens_with_ExcelDataReader_and_holds_all_eight_appendices()
    {
        var legacy = samples.Workbooks.Single(w => w.FileName.EndsWith(".xls", StringComparison.Ordinal));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], legacy.Sheets.Select(s => SampleTable.AppendixNumber(s)!.Value));
        Assert.NotEmpty(SampleTable.Read(legacy.Sheets[2], samples.Catalogue, "PL3"));
    }

    [Fact]
    public void Each_department_fills_only_its_own_rows_of_Phu_luc_7()
    {
        var owners = samples.Catalogue.Indicators.Where(i => i.AppendixCode == "PL7").ToDictionary(i => i.Code, i => i.DepartmentCode);
        var seen = new HashSet<string>();
        foreach (var sheet in samples.Workbooks.SelectMany(w => w.Sheets).Where(s => SampleTable.AppendixNumber(s) == 7))
        {
            if (samples.ReporterOf(sheet).Department is not { } department) continue;
            seen.Add(department.Code);
            var cells = SampleTable.Read(sheet, samples.Catalogue, "PL7");
            Assert.NotEmpty(cells);
            Assert.All(cells, c => Assert.Equal(department.Code, owners[c.Indicator]));
        }
        Assert.Equal(["SKHCN", "STTTT", "VPUBND"], seen.Order());
    }

    [Fact]
    public void Districts_leave_province_only_rows_empty()
    {
        var provinceOnly = samples.Catalogue.Indicators.Where(i => i.AppliesTo == "province").Select(i => i.Code).ToHashSet();
        foreach (var sheet in samples.Workbooks.SelectMany(w => w.Sheets))
        {
            if (samples.ReporterOf(sheet).Unit.Level != "district") continue;
            var appendix = samples.Catalogue.Appendices.Single(a => a.Number == SampleTable.AppendixNumber(sheet));
            if (appendix.Kind != "indicator") continue;
            Assert.DoesNotContain(SampleTable.Read(sheet, samples.Catalogue, appendix.Code), c => provinceOnly.Contains(c.Indicator));
        }
    }

    [Fact]
    public void The_province_counts_procedures_at_province_scale()
    {
        var sheet = samples.Workbook("VPUBND_PL3_PL7.xlsx").Sheets.Single(s => SampleTable.AppendixNumber(s) == 3);
        var totals = SampleTable.Read(sheet, samples.Catalogue, "PL3").Where(c => c.Indicator == "PL3.1").ToList();
        Assert.Equal(6, totals.Count);
        Assert.All(totals, t => Assert.InRange(t.Value, 1700, 2100));
    }

    [Fact]
    public void Every_file_is_described()
    {
        var described = SampleWorkbooks.Describe(samples.Catalogue);
        Assert.Equal(samples.Paths.Select(Path.GetFileName), described.Select(d => d.FileName));
        Assert.All(described, d => Assert.False(string.IsNullOrWhiteSpace(d.Quirks)));
    }
}
