using CCHC.Dashboard.Charts.Model;
using ScottPlot;
using SkiaSharp;

namespace CCHC.Dashboard.Export.Images;

public static partial class ChartRenderer
{
    /// <summary>Achieved and missed by area, as on screen: horizontal bars (area names are long and read better on
    /// the left), the first category at the top, Đạt then Không đạt from the left, each segment's count written
    /// inside it when it fits (the screen hides a label that overflows its segment too).</summary>
    static void Stacked(SlideCanvas c, ChartSpec spec, SKRect area)
    {
        var n = spec.Categories.Count;
        var series = spec.Series.Select((s, i) => (Points: SeriesPoints.Aligned(spec, s), Color: ChartColors.Stacked(s, i))).ToList();
        var totals = Enumerable.Range(0, n).Select(ci => series.Sum(s => Math.Max(0, SeriesPoints.Value(s.Points[ci]) ?? 0))).ToList();
        var scale = ValueScale.For(totals, spec.Format, fromZero: true);
        var lineHeight = c.LineHeight(SlideTheme.Tick);

        var categoryWidth = Math.Min(WidestLabel(c, spec.Categories, SlideTheme.Tick), area.Width * 0.34f);
        var categories = WrapCategories(c, spec, categoryWidth);
        categoryWidth = categories.Max(lines => WidestLabel(c, lines, SlideTheme.Tick));
        var left = area.Left + TitleBand(c, spec.XAxisTitle) + categoryWidth + TickGap;
        var right = area.Right - Math.Max(16, c.Measure(scale.Labels[^1], SlideTheme.Tick) / 2);
        var bottom = area.Bottom - TitleBand(c, spec.YAxisTitle) - lineHeight - TickGap;
        var data = new SKRect(left, area.Top + 4, right, bottom);

        using var plot = SlidePlot.Create();
        SlidePlot.Ticks(plot.Axes.Bottom, scale);
        SlidePlot.Baseline(plot.Axes.Left);
        plot.Grid.YAxisStyle.IsVisible = false;

        var segments = new List<(double From, double To, double Position, string Color)>();
        for (var ci = 0; ci < n; ci++)
        {
            double from = 0;
            foreach (var (points, color) in series)
            {
                if (SeriesPoints.Value(points[ci]) is not { } v || v <= 0) continue;
                segments.Add((from, from + v, n - 1 - ci, color));
                from += v;
            }
        }
        if (segments.Count > 0)
        {
            plot.Add.Bars(segments.Select(s => new Bar
            {
                Position = s.Position,
                ValueBase = s.From,
                Value = s.To,
                Size = 0.65, // the screen's bar height
                FillColor = ColorOf(s.Color),
                LineColor = Colors.White,
                LineWidth = 2,
                Orientation = Orientation.Horizontal,
            }).ToList()).Horizontal = true;
        }
        var at = SlidePlot.Render(c, plot, area, data, scale.Min, scale.Max, -0.5, n - 0.5);

        foreach (var (from, to, position, color) in segments)
        {
            var text = ValueText(spec, to - from);
            var style = SlideTheme.DataLabel.WithColor(ChartColors.ContrastText(color));
            float x1 = at.X(from), x2 = at.X(to);
            if (c.Measure(text, style) + 12 <= x2 - x1)
                c.Text(text, style, (x1 + x2) / 2, at.Y(position), Alignment.MiddleCenter);
        }
        for (var ci = 0; ci < n; ci++)
            LabelLeftOf(c, categories[ci], data.Left - TickGap, at.Y(n - 1 - ci));
        XAxisTitle(c, spec.YAxisTitle, data, data.Bottom + TickGap + lineHeight);
        YAxisTitle(c, spec.XAxisTitle, area, data);
    }
}
