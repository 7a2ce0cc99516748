using CCHC.Etl.Consolidation;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Export.Report;

/// <summary>The annex "Nguồn số liệu": every value of the report with how it was made and the cells it was read
/// from (file › sheet › cell), as the consolidated workbook's "Nguồn" sheet lists them.</summary>
public static class SourceTables
{
    static readonly ReportColumn[] Columns =
        [new(2300, false), new(1000, false), new(900, true), new(3000, false), new(2400, false), new(AppendixTables.Width - 9600, false)];

    public static ReportTable Of(IReadOnlyList<SourceLine> lines, string appendixKind)
    {
        var column = appendixKind switch { "org_count" => "Giai đoạn", "target" => "Cột", _ => "Năm" };
        HeaderCell[] header = [new("Mã"), new(column), new("Giá trị"), new("Cách tính"), new("Thiếu số liệu của"), new("Nguồn (tệp › trang tính › ô)")];
        var rows = lines.Select(l => new ReportRow(
        [
            l.Code, l.Column == "verdict" ? "Đánh giá" : l.Column,
            l.Value is { } v ? AppendixTables.Show("count", v) : l.Verdict ?? "",
            l.Method, string.Join(", ", l.Missing), Cells(l.Sources),
        ])).ToList();
        return new ReportTable(null, Columns, [header], rows, "", false);
    }

    public static ReportTable Of(IReadOnlyList<TargetEvaluation> evaluations)
    {
        HeaderCell[] header = [new("Mã"), new("Mục tiêu"), new("Giá trị"), new("Cách tính"), new(""), new("Nguồn (tệp › trang tính › ô)")];
        var rows = evaluations.OrderBy(e => e.TargetNo).Select(e => new ReportRow(
        [
            e.TargetCode, $"{e.TargetNo}.", e.Achieved ? "Đạt" : "Không đạt", $"Đánh giá của tỉnh (đọc từ \"{e.VerdictText}\")", "",
            $"{e.SourceFile} › {e.SourceSheet} › {e.SourceCell}",
        ])).ToList();
        return new ReportTable(null, Columns, [header], rows, "", false);
    }

    /// <summary>Cells of one file together: "PL3_TaySon.xlsx › PL3 › D12" once per cell, files in order.</summary>
    static string Cells(IReadOnlyList<(string File, string Sheet, string Cell)> sources) =>
        string.Join("; ", sources.Select(s => $"{s.File} › {s.Sheet} › {s.Cell}"));
}
