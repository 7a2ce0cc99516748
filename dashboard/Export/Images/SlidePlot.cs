using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace CCHC.Dashboard.Export.Images;

/// <summary>A ScottPlot plot in the slide theme, drawn into a part of the slide whose data area the renderer has
/// laid out itself: it measures every label first, so nothing is cut, and knows where each value lands.</summary>
internal static class SlidePlot
{
    public static Plot Create()
    {
        var plot = new Plot();
        // The frame (title, legend, source) is already on the canvas; ScottPlot must not clear it.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;
        plot.Axes.Title.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            var tick = SlideCanvas.Label(SlideTheme.Tick);
            axis.TickLabelStyle.FontName = tick.FontName;
            axis.TickLabelStyle.FontSize = tick.FontSize;
            axis.TickLabelStyle.ForeColor = tick.ForeColor;
            axis.TickLabelStyle.Bold = false;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Width = 0;
            axis.Label.IsVisible = false;
            axis.TickGenerator = new NumericManual();
        }
        plot.Grid.MajorLineColor = SlideTheme.ColorOf(SlideTheme.Grid);
        plot.Grid.MajorLineWidth = 2;
        plot.Grid.MinorLineWidth = 0;
        return plot;
    }

    /// <summary>Ticks at the scale's values, labelled as given (grid lines follow them).</summary>
    public static void Ticks(IAxis axis, ValueScale scale) =>
        axis.TickGenerator = new NumericManual(scale.Ticks.ToArray(), scale.Labels.ToArray());

    /// <summary>The axis line along the edge where the values start (the baseline of bars, the foot of a trend).</summary>
    public static void Baseline(IAxis axis)
    {
        axis.FrameLineStyle.Width = 2;
        axis.FrameLineStyle.Color = SlideTheme.ColorOf(SlideTheme.Axis);
    }

    /// <summary>Draws the plot into <paramref name="figure"/> so that its data area is exactly the area's.</summary>
    public static PlotArea Render(SlideCanvas c, Plot plot, SKRect figure, PlotArea area)
    {
        var data = area.Data;
        plot.Axes.SetLimits(area.XMin, area.XMax, area.YMin, area.YMax);
        plot.Layout.Fixed(new PixelPadding(
            left: data.Left - figure.Left, right: figure.Right - data.Right,
            bottom: figure.Bottom - data.Bottom, top: data.Top - figure.Top));
        c.Canvas.Save();
        plot.Render(c.Canvas, new PixelRect(figure.Left, figure.Right, figure.Bottom, figure.Top));
        c.Canvas.Restore();
        return area;
    }

    public static PlotArea Render(SlideCanvas c, Plot plot, SKRect figure, SKRect data, double xMin, double xMax, double yMin, double yMax) =>
        Render(c, plot, figure, new PlotArea(data, xMin, xMax, yMin, yMax));

    /// <summary>A dashed line made of separate dashes, measured in slide pixels.</summary>
    /// <remarks>Not a ScottPlot line pattern: Skia's SVG writer does not support dash effects (it logs
    /// "Unsupported path effect" for each and outlines every dash as a filled path).</remarks>
    public static void Dashed(Plot plot, PlotArea at, Coordinates from, Coordinates to, Color color, float width, float dash, float gap)
    {
        float x1 = at.X(from.X), y1 = at.Y(from.Y), x2 = at.X(to.X), y2 = at.Y(to.Y);
        var length = MathF.Sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1));
        if (length < 1) return;
        for (float start = 0; start < length; start += dash + gap)
        {
            double t1 = start / length, t2 = Math.Min(length, start + dash) / length;
            var line = plot.Add.Line(
                from.X + (to.X - from.X) * t1, from.Y + (to.Y - from.Y) * t1,
                from.X + (to.X - from.X) * t2, from.Y + (to.Y - from.Y) * t2);
            line.LineColor = color;
            line.LineWidth = width;
            line.MarkerSize = 0;
        }
    }
}

/// <summary>Where a coordinate lands on the slide, for the labels drawn over the plot.</summary>
internal readonly record struct PlotArea(SKRect Data, double XMin, double XMax, double YMin, double YMax)
{
    public float X(double x) => Data.Left + (float)((x - XMin) / (XMax - XMin)) * Data.Width;
    public float Y(double y) => Data.Bottom - (float)((y - YMin) / (YMax - YMin)) * Data.Height;
}
