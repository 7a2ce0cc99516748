using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Charts.Definitions;

/// <summary>The words charts share: sources, units of measure, partial-year notes.</summary>
public static class ChartText
{
    public const string SampleNote = "Dữ liệu mẫu – không phải số liệu chính thức";

    public static ValueFormat FormatOf(string unitOfMeasure) => unitOfMeasure switch
    {
        "percent" => ValueFormat.Percent,
        "yesno" => ValueFormat.YesNo,
        _ => ValueFormat.Count,
    };

    public static string MeasureName(string unitOfMeasure) => unitOfMeasure switch
    {
        "percent" => "tỷ lệ %",
        "yesno" => "có/không",
        _ => "số lượng",
    };

    public static string Source(IndicatorPoint p) => $"{p.SourceFile} › {p.SourceSheet} › {p.SourceCell}";
    public static string Source(TargetEvaluation t) => $"{t.SourceFile} › {t.SourceSheet} › {t.SourceCell}";

    /// <summary>"năm 2020 tính đến 31/3": said wherever the partial year's column is drawn.</summary>
    public static string PartialNote(ReportYears years) => $"năm {years.Partial} {years.PartialNote}";

    /// <summary>"Nguồn: phụ lục các đơn vị gửi Sở Nội vụ; năm 2020 tính đến 31/3; Dữ liệu mẫu". <paramref name="partial"/>:
    /// the report's years when the chart draws the partial year, else null.</summary>
    public static string SourceLine(string what, ReportYears? partial, bool sample)
    {
        var parts = new List<string> { "Nguồn: " + what };
        if (partial is { Partial: not null }) parts.Add(PartialNote(partial));
        if (sample) parts.Add(SampleNote);
        return string.Join("; ", parts);
    }

    /// <summary>The workbooks a chart's values were read from, named for a slide's source line: "PL3_QuyNhon.xlsx,
    /// PL3_AnLao.xlsx và 9 tệp khác" (every value's own cell is in the chart's table and its export).</summary>
    public static string Workbooks(IEnumerable<IndicatorPoint> points)
    {
        var files = points.Select(p => p.SourceFile).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return files.Count switch
        {
            0 => "",
            <= 3 => string.Join(", ", files),
            _ => $"{files[0]}, {files[1]} và {files.Count - 2} tệp khác",
        };
    }

    /// <summary>"phụ lục thống kê của các đơn vị: PL3_QuyNhon.xlsx, … " for the units' own values.</summary>
    public static string UnitWorkbooks(IEnumerable<IndicatorPoint> points) =>
        Workbooks(points) is { Length: > 0 } files ? $"phụ lục thống kê của các đơn vị: {files}" : "phụ lục thống kê của các đơn vị";

    public static string Years(int from, int to) => from == to ? $"năm {from}" : $"{from}–{to}";
}
