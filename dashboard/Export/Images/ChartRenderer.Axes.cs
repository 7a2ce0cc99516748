using CCHC.Dashboard.Charts.Model;
using ScottPlot;
using SkiaSharp;

namespace CCHC.Dashboard.Export.Images;

// What the cartesian charts share: the room their labels take, measured before the plot is laid out, and the
// category labels and axis titles drawn beside it.
public static partial class ChartRenderer
{
    /// <summary>Between a tick label and the data area.</summary>
    const float TickGap = 16;
    /// <summary>Between the tick labels and an axis title.</summary>
    const float TitleGap = 14;

    static bool Has(string? text) => !string.IsNullOrWhiteSpace(text);

    /// <summary>The width (y axis) or height (x axis) an axis title takes, 0 without one.</summary>
    static float TitleBand(SlideCanvas c, string? title) => Has(title) ? c.LineHeight(SlideTheme.AxisTitle) + TitleGap : 0;

    static float WidestLabel(SlideCanvas c, IEnumerable<string> labels, TextStyle style) =>
        labels.Select(l => c.Measure(l, style)).DefaultIfEmpty(0).Max();

    /// <summary>Each category's label in lines no wider than <paramref name="maxWidth"/>.</summary>
    static List<List<string>> WrapCategories(SlideCanvas c, ChartSpec spec, float maxWidth) =>
        spec.Categories.Select(label => c.Wrap(label, SlideTheme.Tick, maxWidth)).ToList();

    /// <summary>A category's lines, centred under (x, top).</summary>
    static void LabelBelow(SlideCanvas c, IReadOnlyList<string> lines, float x, float top) =>
        c.Lines(lines, SlideTheme.Tick, x, top, Alignment.UpperCenter);

    /// <summary>A category's lines, right-aligned and centred vertically on (right, middle).</summary>
    static void LabelLeftOf(SlideCanvas c, IReadOnlyList<string> lines, float right, float middle)
    {
        var height = lines.Count * c.LineHeight(SlideTheme.Tick);
        c.Lines(lines, SlideTheme.Tick, right, middle - height / 2, Alignment.UpperRight);
    }

    static void XAxisTitle(SlideCanvas c, string? title, SKRect data, float top)
    {
        if (Has(title)) c.Text(title!, SlideTheme.AxisTitle, data.MidX, top + TitleGap, Alignment.UpperCenter);
    }

    static void YAxisTitle(SlideCanvas c, string? title, SKRect area, SKRect data)
    {
        if (Has(title)) c.TextUp(title!, SlideTheme.AxisTitle, area.Left + c.LineHeight(SlideTheme.AxisTitle) / 2, data.MidY);
    }

    /// <summary>The value written at a bar: in the spec's format, as the screen's data labels write it.</summary>
    static string ValueText(ChartSpec spec, double value) => ViNumber.Format(value, spec.Format);

    static int IndexOf(IReadOnlyList<string> list, string? value)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == value) return i;
        return -1;
    }

    static bool IsAggregate(ChartSeries series) => series.Key == "district-aggregate";

    static Color ColorOf(string hex) => SlideTheme.ColorOf(hex);
}
