namespace CCHC.Dashboard.Charts.Model;

/// <summary>The colour of every series, bar, slice and label, for ApexCharts on screen and ScottPlot in export alike:
/// an exported chart that coloured a unit differently from the dashboard would contradict it.</summary>
public static class ChartColors
{
    /// <summary>The series' own colour, else the unit's fixed colour when the key is a unit code, else by position.</summary>
    public static string Of(ChartSeries series, int index) =>
        series.Color ?? (IsUnitCode(series.Key) ? Palette.ForUnit(series.Key!) : Palette.ForIndex(index));

    /// <summary>A single uncoloured series over units takes each unit's colour per bar; a chart that highlights takes
    /// one colour, its marked bars another.</summary>
    public static IReadOnlyList<string>? PerCategory(ChartSpec spec)
    {
        // A chart that highlights: one colour, the picked-out units marked and the rest dimmed once any is picked.
        if (spec.Highlighted is { } marked && spec.CategoryKeys is { } categoryKeys && spec.Series.Count == 1)
            return categoryKeys.Select(k => marked.Count == 0 ? Of(spec.Series[0], 0) : marked.Contains(k) ? Palette.Highlight : Palette.Dimmed).ToList();

        var keys = spec.CategoryKeys;
        var perUnit = spec.Series.Count == 1 && spec.Series[0].Color is null
            && keys is not null && keys.Count == spec.Categories.Count && keys.All(IsUnitCode);
        return perUnit ? keys!.Select(Palette.ForUnit).ToList() : null;
    }

    /// <summary>Đạt first (blue), Không đạt second (orange).</summary>
    public static string Stacked(ChartSeries series, int index) => series.Color ?? index switch
    {
        0 => Palette.Achieved,
        1 => Palette.Missed,
        _ => Palette.ForIndex(index),
    };

    /// <summary>By the slice's place among the categories, so a slice left out never shifts the colours.</summary>
    public static string Slice(int categoryIndex) => categoryIndex switch
    {
        0 => Palette.Achieved,
        1 => Palette.Missed,
        2 => Palette.NotReported,
        _ => Palette.ForIndex(categoryIndex),
    };

    /// <summary>Dark text on light fills, white on dark ones (relative luminance of a "#RRGGBB" colour).</summary>
    public static string ContrastText(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#') return DarkText;
        double Channel(int at)
        {
            var c = Convert.ToInt32(hex.Substring(at, 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var luminance = 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
        return luminance > 0.179 ? DarkText : "#FFFFFF";
    }

    public const string DarkText = "#1A1A1A";

    /// <summary>The colour at <paramref name="opacity"/> over white: how a dimmed shape looks, for images that have
    /// no opacity of their own.</summary>
    public static string Faint(string hex, double opacity)
    {
        if (hex.Length != 7 || hex[0] != '#') return hex;
        int Mix(int at) => (int)Math.Round(255 - (255 - Convert.ToInt32(hex.Substring(at, 2), 16)) * opacity);
        return $"#{Mix(1):X2}{Mix(3):X2}{Mix(5):X2}";
    }

    // Unit codes are the catalogue's numeric codes ("52", "540"–"551"); indicator and target codes start with letters.
    static bool IsUnitCode(string? key) => !string.IsNullOrEmpty(key) && key.All(char.IsAsciiDigit);
}
