using CCHC.Etl.Templates;
using CCHC.Warehouse.Model;
using CCHC.Warehouse.Queries;
using ClosedXML.Excel;

namespace CCHC.Etl.Consolidation;

/// <summary>The province's own Phụ lục 1–8 as Sở Nội vụ sends them up (seed 000, II.3), filled from the warehouse in
/// the template's layout, and a sheet "Nguồn" listing where every value came from (file › sheet › cell) and how it was
/// made. A value made from fewer units than the rule needs carries a comment naming the units missing; a value that
/// breaks a validation rule is flagged, and sheet "Kiểm tra" lists the breaches (<see cref="ProvinceChecks"/>).</summary>
public static class ConsolidatedWorkbook
{
    public const string SourcesSheet = "Nguồn";
    public const string ChecksSheet = ProvinceChecks.SheetName;

    public static string FileName(Catalogue catalogue) =>
        $"TongHop_PhuLuc_CCHC_{AppendixYears.Of(catalogue).ReportYear}_{AdministrativeNames.Ascii(Province(catalogue).Name)}.xlsx";

    public static void Write(Catalogue catalogue, ConsolidatedValues values, string path)
    {
        var province = Province(catalogue);
        var department = catalogue.Departments.FirstOrDefault(d => d.Code == "SNV");
        var heading = ReportHeading.For(catalogue, province, department, document: null);
        var sample = values.IsSample;
        var marker = sample ? "DỮ LIỆU MẪU – tổng hợp từ số liệu mẫu, không phải số liệu chính thức" : null;
        var listed = new List<SourceLine>();
        var checkedCells = new ProvinceChecks(AppendixYears.Of(catalogue).PartialYear);
        using var workbook = new XLWorkbook();
        foreach (var appendix in ReportAppendices.Of2020(catalogue))
        {
            var sheetName = $"PL{appendix.Number}";
            var appendixValues = values.For(appendix) with
            {
                ValueCell = (code, column, cell) =>
                {
                    if (values.Describe(appendix, code, column) is not { } line) return;
                    if (line.Comment is { } comment) cell.Comment.AddText(comment);
                    if (line.Value is not null || line.Sources.Count > 0)
                        listed.Add(line with { Sheet = sheetName, Cell = cell.Address.ToString() ?? "" });
                    if (appendix.Kind == "indicator" && line.Value is { } value) checkedCells.Add(code, column, value, sheetName, cell);
                },
            };
            AppendixSheetWriter.Write(workbook, catalogue,
                new AppendixSheet(sheetName, appendix, heading, province.Level, new SheetStyle(), appendixValues, marker));
        }
        WriteSources(workbook.AddWorksheet(SourcesSheet), listed, sample);
        checkedCells.FlagAndList(catalogue, workbook.AddWorksheet(ChecksSheet), sample);
        var committee = AdministrativeNames.PeoplesCommittee(catalogue, province, AppendixYears.Of(catalogue).ReportYear);
        WorkbookFile.Save(workbook, path, $"Phụ lục tổng hợp CCHC {AppendixYears.Of(catalogue).ReportYear} – {committee}", "Bản tổng hợp của Sở Nội vụ",
            "Tổng hợp từ kho dữ liệu CCHC Analytics; nguồn của từng giá trị ở trang tính \"Nguồn\".");
    }

    static void WriteSources(IXLWorksheet ws, IReadOnlyList<SourceLine> lines, bool sample)
    {
        var row = 1;
        ws.Cell(row++, 1).SetValue("Nguồn của từng giá trị trong các phụ lục tổng hợp");
        if (sample) ws.Cell(row++, 1).SetValue("DỮ LIỆU MẪU – tổng hợp từ số liệu mẫu, không phải số liệu chính thức");
        row++;
        string[] head = ["Phụ lục", "Ô", "Mã", "Chỉ tiêu", "Cột", "Giá trị", "Cách tính", "Thiếu số liệu của", "Nguồn (tệp › trang tính › ô)"];
        for (var c = 0; c < head.Length; c++) ws.Cell(row, c + 1).SetValue(head[c]);
        ws.Range(row, 1, row, head.Length).Style.Font.Bold = true;
        ws.SheetView.FreezeRows(row);
        foreach (var line in lines)
        {
            row++;
            ws.Cell(row, 1).SetValue(line.Sheet);
            ws.Cell(row, 2).SetValue(line.Cell);
            ws.Cell(row, 3).SetValue(line.Code);
            ws.Cell(row, 4).SetValue(line.Label);
            ws.Cell(row, 5).SetValue(line.Column);
            if (line.Value is { } v) ws.Cell(row, 6).SetValue(v);
            else if (line.Verdict is { } verdict) ws.Cell(row, 6).SetValue(verdict);
            ws.Cell(row, 7).SetValue(line.Method);
            ws.Cell(row, 8).SetValue(string.Join(", ", line.Missing));
            ws.Cell(row, 9).SetValue(string.Join("; ", line.Sources.Select(s => $"{s.File} › {s.Sheet} › {s.Cell}")));
        }
        foreach (var (column, width) in new[] { (1, 8.0), (2, 6.0), (3, 11.0), (4, 50.0), (5, 11.0), (6, 10.0), (7, 40.0), (8, 30.0), (9, 90.0) })
            ws.Column(column).Width = width;
    }

    static Unit Province(Catalogue catalogue) => catalogue.Units.Single(u => u.Level == "province");
}

/// <summary>A value cell of the consolidated appendices as the "Nguồn" sheet lists it.</summary>
public sealed record SourceLine(
    string Code, string Label, string Column, double? Value, string? Verdict, string Method, IReadOnlyList<string> Missing,
    IReadOnlyList<(string File, string Sheet, string Cell)> Sources, string? Comment)
{
    public string Sheet { get; init; } = "";
    public string Cell { get; init; } = "";
}
