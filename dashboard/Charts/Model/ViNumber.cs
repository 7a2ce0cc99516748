using System.Globalization;

namespace CCHC.Dashboard.Charts.Model;

/// <summary>Numbers as a Vietnamese reader writes them: "1.234", "98,7 %", "Có"/"Không", "—" for a value not
/// reported. The chart table, data labels and export share it; the chart's JS module mirrors it for axis ticks.</summary>
public static class ViNumber
{
    /// <summary>Written for a value that was not reported (never "0").</summary>
    public const string Missing = "—";

    /// <summary>What <see cref="Missing"/> means, for a title attribute or a tooltip.</summary>
    public const string NotReported = "không báo cáo";

    // Built by hand rather than from CultureInfo("vi-VN") so the output does not depend on the ICU data of the
    // machine, and so the JS module can reproduce it exactly.
    static readonly NumberFormatInfo Vi = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "-",
    };

    public static string Format(double? value, ValueFormat format) => value switch
    {
        null => Missing,
        { } v when !double.IsFinite(v) => Missing,
        { } v => format switch
        {
            ValueFormat.Count => Plain(v, "#,0.#"),
            ValueFormat.Percent => Plain(v, "#,0.#") + " %",
            ValueFormat.YesNo => v >= 0.5 ? "Có" : "Không",
            _ => Plain(v, "#,0.##"),
        },
    };

    // A value that rounds to zero is written "0", never "-0".
    static string Plain(double v, string pattern)
    {
        var text = v.ToString(pattern, Vi);
        return text.Trim('-', '0', ',', '.').Length == 0 ? "0" : text;
    }
}
