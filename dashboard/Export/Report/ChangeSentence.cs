using CCHC.Dashboard.Charts.Model;

namespace CCHC.Dashboard.Export.Report;

/// <summary>One year's province figure as the sentence needs it: the value, or why there is none (the consolidation's
/// method, "Chưa có báo cáo"), and the district-level units it was short of.</summary>
public sealed record YearFigure(int Year, double? Value, string Method, IReadOnlyList<string> Missing);

/// <summary>How an indicator changed between two years, said in one Vietnamese sentence computed from the figures:
/// rates in percentage points ("tăng 12,7 điểm %"), counts in units and per cent ("tăng 15 (12,5 %)"), yes/no as the
/// answer that changed. A year without a figure is named with its reason instead of a change being made up.</summary>
public static class ChangeSentence
{
    /// <summary>Between a figure and its "%" (and in "điểm %"), so a line never starts with the sign.</summary>
    const char NoBreak = '\u00A0';

    public static string For(string label, string unitOfMeasure, YearFigure from, YearFigure to) =>
        $"{label}: {Change(unitOfMeasure, from, to).Replace(" %", NoBreak + "%", StringComparison.Ordinal)}.";

    /// <summary>The part after the indicator's name: "tăng 12,7 điểm %, từ 80,1 % năm 2015 lên 92,8 % năm 2019".</summary>
    public static string Change(string unitOfMeasure, YearFigure from, YearFigure to)
    {
        if (from.Value is not { } a || to.Value is not { } b) return Missing(unitOfMeasure, from, to);
        var text = unitOfMeasure switch
        {
            "percent" => Rate(a, b, from.Year, to.Year),
            "yesno" => YesNo(a, b, from.Year, to.Year),
            _ => Count(a, b, from.Year, to.Year),
        };
        // A sum or mean of fewer units in one year than in the other moves for that reason alone: the reader must know.
        var short_ = new[] { from, to }.Where(f => f.Missing.Count > 0)
            .Select(f => $"năm {f.Year} thiếu số liệu của {f.Missing.Count} đơn vị ({string.Join(", ", f.Missing)})").ToList();
        return short_.Count == 0 ? text : $"{text} (lưu ý: {string.Join("; ", short_)})";
    }

    static string Rate(double a, double b, int fromYear, int toYear)
    {
        var points = Number(Math.Abs(b - a));
        if (points == "0") return $"không đổi, {Percent(b)} cả năm {fromYear} và năm {toYear}";
        var (verb, direction) = b > a ? ("tăng", "lên") : ("giảm", "xuống");
        return $"{verb} {points} điểm %, từ {Percent(a)} năm {fromYear} {direction} {Percent(b)} năm {toYear}";
    }

    static string Count(double a, double b, int fromYear, int toYear)
    {
        var difference = Number(Math.Abs(b - a));
        if (difference == "0") return $"không đổi, {Number(b)} cả năm {fromYear} và năm {toYear}";
        var (verb, direction) = b > a ? ("tăng", "lên") : ("giảm", "xuống");
        // From zero there is no per cent to give: saying "tăng 5" alone is exact.
        var share = a == 0 ? "" : $" ({Number(Math.Abs(b - a) / Math.Abs(a) * 100)} %)";
        return $"{verb} {difference}{share}, từ {Number(a)} năm {fromYear} {direction} {Number(b)} năm {toYear}";
    }

    static string YesNo(double a, double b, int fromYear, int toYear)
    {
        string Answer(double v) => ViNumber.Format(v, ValueFormat.YesNo);
        return Answer(a) == Answer(b)
            ? $"không đổi, \"{Answer(b)}\" cả năm {fromYear} và năm {toYear}"
            : $"chuyển từ \"{Answer(a)}\" năm {fromYear} sang \"{Answer(b)}\" năm {toYear}";
    }

    static string Missing(string unitOfMeasure, YearFigure from, YearFigure to)
    {
        var absent = new[] { from, to }.Where(f => f.Value is null).ToList();
        var reasons = string.Join("; ", absent.Select(f => $"năm {f.Year} chưa có số liệu của tỉnh ({Lower(f.Method)})"));
        var present = new[] { from, to }.FirstOrDefault(f => f.Value is not null);
        var known = present is { Value: { } v } ? $"; năm {present.Year}: {Show(unitOfMeasure, v)}" : "";
        return $"chưa so sánh được, {reasons}{known}";
    }

    static string Show(string unitOfMeasure, double v) => unitOfMeasure switch
    {
        "percent" => Percent(v),
        "yesno" => $"\"{ViNumber.Format(v, ValueFormat.YesNo)}\"",
        _ => Number(v),
    };

    static string Lower(string method) => method.Length == 0 ? method : char.ToLowerInvariant(method[0]) + method[1..];

    /// <summary>vi-VN, one decimal at most: "1.234", "12,7". Equal figures are those that read the same.</summary>
    static string Number(double v) => ViNumber.Format(v, ValueFormat.Count);

    static string Percent(double v) => ViNumber.Format(v, ValueFormat.Percent);
}
