using System.Globalization;
using System.Text.RegularExpressions;
using CCHC.Etl.Matching;

namespace CCHC.Etl.Values;

/// <summary>Turns a value cell into a number the way a clerk meant it: "1.234" is one thousand two hundred and
/// thirty-four (vi-VN), "98,7%" and a 0.987 cell formatted as percent are both 98.7 percent points, "Có" is 1.
/// An empty cell (or a lone dash) is "not reported", never zero.</summary>
public static partial class CellValueParser
{
    public static ParsedValue Parse(object? raw, string? numberFormat, string unitOfMeasure) => unitOfMeasure switch
    {
        "percent" => Percent(raw, numberFormat),
        "yesno" => YesNo(raw),
        _ => Count(raw),
    };

    static ParsedValue Count(object? raw)
    {
        var number = Number(raw, out var error, out _);
        if (error is not null || number is null) return new(null, error);
        if (number < 0) return ParsedValue.Fail($"Số lượng âm ({Show(number.Value)}) (negative count).");
        if (Math.Abs(number.Value - Math.Round(number.Value)) > 1e-9)
            return ParsedValue.Fail($"Số lượng phải là số nguyên, ô ghi {Show(number.Value)} (count must be a whole number).");
        return ParsedValue.Of(Math.Round(number.Value));
    }

    static ParsedValue Percent(object? raw, string? numberFormat)
    {
        var number = Number(raw, out var error, out _);
        if (error is not null || number is null) return new(null, error);
        var value = number.Value;
        // A cell formatted as percent stores the fraction (0.981 shows as 98.1%).
        if (raw is double && numberFormat is not null && numberFormat.Contains('%')) value *= 100;
        value = Math.Round(value, 6);
        if (value < 0) return ParsedValue.Fail($"Tỷ lệ âm ({Show(value)}%) (negative percentage).");
        if (value > 100) return ParsedValue.Fail($"Tỷ lệ vượt quá 100% ({Show(value)}%) (percentage over 100).");
        return ParsedValue.Of(value);
    }

    static ParsedValue YesNo(object? raw)
    {
        if (raw is bool b) return ParsedValue.Of(b ? 1 : 0);
        var key = TextKey.Fold(raw as string);
        if (raw is string && key.Length == 0) return ParsedValue.Empty;
        if (key is "co" or "true" || key.StartsWith("co ", StringComparison.Ordinal) || key is "x" or "yes" or "dat")
            return ParsedValue.Of(1);
        if (key is "khong" or "false" || key.StartsWith("khong ", StringComparison.Ordinal) || key is "no" or "chua")
            return ParsedValue.Of(0);
        var number = Number(raw, out var error, out _);
        if (error is not null) return ParsedValue.Fail($"Chỉ nhận Có/Không hoặc 1/0, ô ghi \"{raw}\" (yes/no expected).");
        if (number is null) return ParsedValue.Empty;
        return number switch
        {
            1 => ParsedValue.Of(1),
            0 => ParsedValue.Of(0),
            _ => ParsedValue.Fail($"Chỉ nhận Có/Không hoặc 1/0, ô ghi {Show(number.Value)} (yes/no expected)."),
        };
    }

    /// <summary>A number from a numeric cell or from text as clerks type it.</summary>
    static double? Number(object? raw, out string? error, out bool hadPercentSign)
    {
        error = null;
        hadPercentSign = false;
        switch (raw)
        {
            case null: return null;
            case double d: return d;
            case int i: return i;
            case long l: return l;
            case decimal m: return (double)m;
            case bool: error = "Ô chứa giá trị đúng/sai thay vì số (boolean instead of a number)."; return null;
            case DateTime: error = "Ô chứa ngày tháng thay vì số (date instead of a number)."; return null;
        }
        var text = raw.ToString()!.Trim().Replace('\u00A0', ' ');
        if (text.Length == 0 || IsDash(text)) return null;
        if (text.StartsWith('#'))
        {
            error = $"Ô chứa lỗi công thức {text} (formula error).";
            return null;
        }
        if (text.EndsWith('%'))
        {
            hadPercentSign = true;
            text = text[..^1].TrimEnd();
        }
        text = text.Replace(" ", "");
        var parsed = ParseDigits(text);
        if (parsed is null) error = $"Không phải số: \"{raw}\" (not a number).";
        return parsed;
    }

    static double? ParseDigits(string text)
    {
        if (!Digits().IsMatch(text)) return null;
        var lastDot = text.LastIndexOf('.');
        var lastComma = text.LastIndexOf(',');
        string normalized;
        if (lastDot >= 0 && lastComma >= 0)
            // Both present: the later one is the decimal separator ("1.234,5" or "1,234.5").
            normalized = lastComma > lastDot ? text.Replace(".", "").Replace(',', '.') : text.Replace(",", "");
        else if (lastComma >= 0)
            normalized = GroupedBy(text, ',') ? text.Replace(",", "") : text.Replace(',', '.');
        else if (lastDot >= 0)
            // vi-VN writes thousands with dots: "1.234" and "12.345.678" are whole numbers; "98.7" is a decimal.
            normalized = GroupedBy(text, '.') ? text.Replace(".", "") : text;
        else
            normalized = text;
        return double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    // "1.234", "12.345.678", "1,234": groups of exactly three digits after the first separator.
    static bool GroupedBy(string text, char separator)
    {
        var parts = text.TrimStart('-', '+').Split(separator);
        return parts.Length > 1 && parts[0].Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3);
    }

    static bool IsDash(string? text) => text?.Trim() is "-" or "–" or "—" or "--";

    static string Show(double value) => value.ToString("0.###", CultureInfo.GetCultureInfo("vi-VN"));

    [GeneratedRegex(@"^[-+]?[\d.,]+$")]
    private static partial Regex Digits();
}
