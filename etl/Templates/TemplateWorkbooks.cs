using CCHC.Warehouse.Model;
using ClosedXML.Excel;

namespace CCHC.Etl.Templates;

/// <summary>Blank appendix workbooks, one per unit (the province and each district), sheets PL1–PL8 with the unit's
/// heading filled in and validation on every value cell, for clerks to fill.</summary>
public static class TemplateWorkbooks
{
    public static readonly SheetStyle Style = new() { Validation = true };

    /// <summary>Writes the templates into <paramref name="outDir"/> and returns their paths.</summary>
    public static IReadOnlyList<string> Write(Catalogue catalogue, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var appendices = ReportAppendices.Of2020(catalogue);
        var paths = new List<string>();
        foreach (var unit in catalogue.Units.OrderBy(u => u.Level == "province" ? 0 : 1).ThenBy(u => u.Code, StringComparer.Ordinal))
        {
            var heading = ReportHeading.For(catalogue, unit, department: null, document: null);
            using var workbook = new XLWorkbook();
            foreach (var appendix in appendices)
                AppendixSheetWriter.Write(workbook, catalogue,
                    new AppendixSheet($"PL{appendix.Number}", appendix, heading, unit.Level, Style, AppendixValues.None));
            var path = Path.Combine(outDir, FileName(catalogue, unit));
            var committee = AdministrativeNames.PeoplesCommittee(catalogue, unit, AppendixYears.Of(catalogue).ReportYear);
            WorkbookFile.Save(workbook, path, $"Phụ lục báo cáo CCHC {AppendixYears.Of(catalogue).ReportYear} – {committee}", "Mẫu biểu (template)",
                "Biểu mẫu trống để điền số liệu; ô số liệu có kiểm tra dữ liệu (data validation).");
            paths.Add(path);
        }
        return paths;
    }

    public static string FileName(Catalogue catalogue, Unit unit) =>
        $"Mau_PhuLuc_CCHC_{AppendixYears.Of(catalogue).ReportYear}_{AdministrativeNames.Ascii(unit.Name)}.xlsx";
}
