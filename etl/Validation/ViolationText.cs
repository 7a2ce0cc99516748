using System.Globalization;

namespace CCHC.Etl.Validation;

/// <summary>What a broken rule found, in a clerk's words with vi-VN numbers ("12 lớn hơn 10"): the dashboard's list and
/// the consolidated workbook's comments say it the same way.</summary>
public static class ViolationText
{
    static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Number(double value) => value.ToString("#,##0.##", Vi);

    /// <param name="kind">The rule's kind; <paramref name="value"/>, <paramref name="compared"/> and
    /// <paramref name="limit"/> as v_rule_violation (or <see cref="RuleBreach"/>) gives them.</param>
    public static string Finding(string kind, double value, double? compared, double? limit, bool isPercent) => kind switch
    {
        "le" => $"{Number(value)} lớn hơn {Number(compared ?? 0)}",
        "children_le_parent" => $"các dòng con cộng lại {Number(compared ?? 0)}, lớn hơn dòng tổng {Number(value)}",
        "children_sum_to_parent" => $"các dòng con cộng lại {Number(compared ?? 0)}, dòng tổng ghi {Number(value)}",
        "range" => $"{Number(value)} {(value < limit ? "nhỏ hơn" : "lớn hơn")} {Number(limit ?? 0)}",
        "jump" when isPercent => $"{Number(compared ?? 0)} → {Number(value)}: thay đổi {Number(Math.Abs(value - (compared ?? 0)))} điểm %, quá {Number(limit ?? 0)}",
        "jump" => $"{Number(compared ?? 0)} → {Number(value)}: thay đổi {Number(Change(value, compared))}%, quá {Number(limit ?? 0)}%",
        _ => Number(value),
    };

    public static string Importance(string importance) => importance == "error" ? "Lỗi" : "Cảnh báo";

    static double Change(double value, double? before) =>
        before is > 0 ? Math.Round(Math.Abs(value - before.Value) * 100 / before.Value, 1) : 0;
}
