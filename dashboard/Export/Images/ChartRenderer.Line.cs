using CCHC.Dashboard.Charts.Model;
using ScottPlot;
using SkiaSharp;

namespace CCHC.Dashboard.Export.Images;

public static partial class ChartRenderer
{
    const float LineWidth = 4;
    const float AggregateLineWidth = 7;
    const float MarkerSize = 14;
    const float AggregateMarkerSize = 18;

    /// <summary>Trends over years, as on screen: one line per series, broken where nothing was reported (never
    /// drawn to zero); the partial year reached by a dashed segment, its point hollow, its column marked
    /// "Q1/2020 (tính đến 31/3)". The aggregate line is drawn thicker and on top.</summary>
    static void Line(SlideCanvas c, ChartSpec spec, SKRect area)
    {
        var n = spec.Categories.Count;
        var scale = ValueScale.For(SeriesPoints.AllValues(spec), spec.Format, fromZero: false);
        var partialIndex = IndexOf(spec.Categories, spec.PartialCategory);
        var lineHeight = c.LineHeight(SlideTheme.Tick);

        // Room for the labels, measured before the plot is laid out.
        var left = area.Left + TitleBand(c, spec.YAxisTitle) + WidestLabel(c, scale.Labels, SlideTheme.Tick) + TickGap;
        var right = area.Right - 16;
        const double pad = 0.35; // room for a marker, and for half a category label, at both ends
        var slot = (right - left) / (n - 1 + 2 * pad);
        var categories = WrapCategories(c, spec, (float)Math.Max(slot * 2 * pad, 60));
        var labelHeight = categories.Max(l => l.Count) * lineHeight;
        var bottom = area.Bottom - TitleBand(c, spec.XAxisTitle) - labelHeight - TickGap;
        var top = area.Top + (partialIndex >= 0 ? c.LineHeight(SlideTheme.Note) + 24 : lineHeight / 2);
        var data = new SKRect(left, top, right, bottom);

        using var plot = SlidePlot.Create();
        SlidePlot.Ticks(plot.Axes.Left, scale);
        SlidePlot.Baseline(plot.Axes.Bottom);
        plot.Grid.XAxisStyle.IsVisible = false;

        var yMargin = (scale.Max - scale.Min) * 0.03; // a marker on the top or bottom tick is not cut in half
        var at = new PlotArea(data, -pad, n - 1 + pad, scale.Min - yMargin, scale.Max + yMargin);
        if (partialIndex >= 0)
            SlidePlot.Dashed(plot, at, new(partialIndex, at.YMin), new(partialIndex, at.YMax), ColorOf("#999999"), 2, 8, 7);

        // The aggregate last, so it is on top of the units it sums up.
        var order = spec.Series.Select((s, i) => (Series: s, Index: i)).OrderBy(x => IsAggregate(x.Series)).ToList();
        foreach (var (series, index) in order)
            AddTrend(plot, at, spec, series, ChartColors.Of(series, index));

        SlidePlot.Render(c, plot, area, at);

        for (var i = 0; i < n; i++)
            LabelBelow(c, categories[i], at.X(i), data.Bottom + TickGap);
        XAxisTitle(c, spec.XAxisTitle, data, data.Bottom + TickGap + labelHeight);
        YAxisTitle(c, spec.YAxisTitle, area, data);
        if (partialIndex >= 0)
            PartialLabel(c, spec.PartialLabel(spec.Categories[partialIndex]), at.X(partialIndex), data, last: partialIndex == n - 1);
    }

    static void AddTrend(Plot plot, PlotArea at, ChartSpec spec, ChartSeries series, string hex)
    {
        var color = ColorOf(hex);
        var width = IsAggregate(series) ? AggregateLineWidth : LineWidth;
        var markerSize = IsAggregate(series) ? AggregateMarkerSize : MarkerSize;
        var points = SeriesPoints.Aligned(spec, series);
        double? ValueAt(int i) => SeriesPoints.Value(points[i]);
        bool PartialAt(int i) => SeriesPoints.IsPartial(spec, i, points[i]);

        void Dashed(int x1, double y1, int x2, double y2) =>
            SlidePlot.Dashed(plot, at, new(x1, y1), new(x2, y2), color, width, width * 2.5f, width * 2f);

        // Runs of full years are one solid line; a step into or out of the partial year is dashed on its own.
        var run = new List<int>();
        void Flush()
        {
            if (run.Count > 1) Solid(plot, run, ValueAt, color, width);
            run.Clear();
        }
        for (var i = 0; i < points.Length; i++)
        {
            if (ValueAt(i) is null) { Flush(); continue; }
            if (PartialAt(i))
            {
                Flush();
                if (i > 0 && ValueAt(i - 1) is { } before) Dashed(i - 1, before, i, ValueAt(i)!.Value);
                if (i + 1 < points.Length && ValueAt(i + 1) is { } after) Dashed(i, ValueAt(i)!.Value, i + 1, after);
                continue;
            }
            run.Add(i);
        }
        Flush();

        for (var i = 0; i < points.Length; i++)
        {
            if (ValueAt(i) is not { } v) continue;
            var marker = plot.Add.Marker(i, v, MarkerShape.FilledCircle, markerSize, color);
            if (PartialAt(i))
            {
                marker.MarkerStyle.FillColor = Colors.White;
                marker.MarkerStyle.OutlineColor = color;
                marker.MarkerStyle.OutlineWidth = 3;
            }
        }
    }

    static void Solid(Plot plot, List<int> indexes, Func<int, double?> valueAt, Color color, float width)
    {
        var line = plot.Add.ScatterLine(indexes.Select(i => (double)i).ToArray(), indexes.Select(i => valueAt(i)!.Value).ToArray(), color);
        line.LineWidth = width;
        line.LineStyle.Rounded = true;
    }

    /// <summary>"Q1/2020 (tính đến 31/3)" in the band above the plot, ending at the partial year's line when it is
    /// the last year, so it covers no point.</summary>
    static void PartialLabel(SlideCanvas c, string text, float x, SKRect data, bool last)
    {
        var style = SlideTheme.Note;
        var width = c.Measure(text, style);
        var left = last ? x - width + 10 : x - width / 2;
        left = Math.Clamp(left, data.Left, c.Width - SlideTheme.MarginX - width);
        c.Text(text, style, left, data.Top - 12, Alignment.LowerLeft);
    }
}
