using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Export.Report;

/// <summary>Phụ lục IX of the 2025 report: the province's own evaluation of each target of 2011–2025, the result
/// text as written and the verdict the warehouse read from it ("Không đạt" typed in the result column included).</summary>
public static class TargetEvaluationTable
{
    public const string Programme = "2011-2025";

    public static ReportTable Of(IReadOnlyList<TargetEvaluation> evaluations)
    {
        ReportColumn[] columns = [new(800, false), new(8470, false), new(3400, false), new(1900, false, Centered: true)];
        HeaderCell[] header = [new("STT"), new("Mục tiêu"), new("Kết quả đạt được"), new("Đánh giá (Đạt/Không đạt)")];
        var rows = evaluations.OrderBy(e => e.TargetNo).Select(e => new ReportRow(
            [$"{e.TargetNo}.", e.TargetText, e.ResultText ?? "", e.Achieved ? "Đạt" : "Không đạt"])).ToList();
        var achieved = evaluations.Count(e => e.Achieved);
        var files = evaluations.Select(e => $"{e.SourceFile} › {e.SourceSheet}").Distinct(StringComparer.Ordinal).ToList();
        var note = evaluations.Count == 0
            ? "Nguồn: chưa có Phụ lục IX trong kho dữ liệu."
            : $"{achieved}/{evaluations.Count} mục tiêu Đạt, {evaluations.Count - achieved} Không đạt. Nguồn: {string.Join("; ", files)}"
              + "; ô của từng mục tiêu ở mục \"Nguồn số liệu\" cuối tài liệu"
              + ".";
        return new ReportTable(null, columns, [header], rows, note, evaluations.Any(e => e.IsSample));
    }
}
