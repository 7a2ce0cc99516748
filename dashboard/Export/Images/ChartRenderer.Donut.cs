using CCHC.Dashboard.Charts.Model;
using ScottPlot;
using SkiaSharp;

namespace CCHC.Dashboard.Export.Images;

public static partial class ChartRenderer
{
    const string TotalText = "Tổng";
    static readonly TextStyle TotalStyle = new(60, Weight.Bold);
    static readonly TextStyle SliceName = new(32, Weight.SemiBold);
    static readonly TextStyle SliceCount = new(44, Weight.Bold);

    /// <summary>Achieved vs missed, as on screen: the first series' points in category order, starting at the top
    /// and going clockwise, a slice with no value left out; each slice's share written on it, its name and count
    /// beside the ring, the total in the middle.</summary>
    static void Donut(SlideCanvas c, ChartSpec spec, SKRect area)
    {
        var source = spec.Series[0];
        var points = SeriesPoints.Aligned(spec, source);
        var slices = points.Select((p, i) => (Category: spec.Categories[i], Index: i, Value: SeriesPoints.Value(p)))
            .Where(x => x.Value is > 0)
            .Select(x => (x.Category, Color: ChartColors.Slice(x.Index), Value: x.Value!.Value))
            .ToList();
        var total = slices.Sum(s => s.Value);
        if (total <= 0)
        {
            // All slices zero: the screen draws no ring either.
            NoData(c, area);
            return;
        }

        // The ring and the names beside it, centred together.
        const float between = 96;
        var namesWidth = slices.Select(s => Math.Max(c.Measure(s.Category, SliceName),
            c.Measure(ViNumber.Format(s.Value, spec.Format), SliceCount) + 16 + c.Measure("(100 %)", SlideTheme.Note))).DefaultIfEmpty(0).Max() + 56;
        var diameter = Math.Min(area.Height * 0.94f, area.Width * 0.42f);
        var ringLeft = area.MidX - (diameter + between + namesWidth) / 2;
        var center = new SKPoint(ringLeft + diameter / 2, area.MidY);
        var ring = SKRect.Create(ringLeft, center.Y - diameter / 2, diameter, diameter);

        using var plot = SlidePlot.Create();
        plot.HideGrid();
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Bottom.IsVisible = false;
        var pie = plot.Add.Pie(slices.Select(s => new PieSlice(s.Value, ColorOf(s.Color))).ToList());
        pie.DonutFraction = 0.6; // the screen's 60 % hole
        pie.Radius = 1;
        pie.Padding = 0;
        pie.ManageAxisLimits = false;
        pie.LineColor = Colors.White;
        pie.LineWidth = 3;
        // ApexCharts starts at twelve o'clock and goes clockwise; ScottPlot goes clockwise from three o'clock.
        pie.Rotation = Angle.FromDegrees(-90);
        SlidePlot.Render(c, plot, ring, ring, -1, 1, -1, 1);

        double start = 0;
        foreach (var (_, color, value) in slices)
        {
            var share = value / total;
            if (share >= 0.06)
            {
                var angle = (start + share / 2) * 2 * Math.PI; // clockwise from twelve o'clock
                var radius = diameter / 2 * 0.8f;
                var x = center.X + (float)(Math.Sin(angle) * radius);
                var y = center.Y - (float)(Math.Cos(angle) * radius);
                c.Text(ViNumber.Format(100 * share, ValueFormat.Percent), SlideTheme.DataLabel.WithColor(ChartColors.ContrastText(color)), x, y, Alignment.MiddleCenter);
            }
            start += share;
        }

        c.Text(ViNumber.Format(total, spec.Format), TotalStyle, center.X, center.Y + 4, Alignment.LowerCenter);
        c.Text(TotalText, SlideTheme.Note, center.X, center.Y + 8, Alignment.UpperCenter);

        // Names and counts beside the ring, top-down in the slices' order.
        var left = ring.Right + between;
        var blockHeight = c.LineHeight(SliceName) + c.LineHeight(SliceCount) + 36;
        var y0 = center.Y - blockHeight * slices.Count / 2;
        foreach (var (category, color, value) in slices)
        {
            c.Fill(SKRect.Create(left, y0 + 6, 36, 36), color, 4);
            c.Text(category, SliceName, left + 56, y0);
            var count = ViNumber.Format(value, spec.Format);
            c.Text(count, SliceCount, left + 56, y0 + c.LineHeight(SliceName));
            c.Text($"({ViNumber.Format(100 * value / total, ValueFormat.Percent)})", SlideTheme.Note,
                left + 56 + c.Measure(count, SliceCount) + 16, y0 + c.LineHeight(SliceName) + c.LineHeight(SliceCount) - c.LineHeight(SlideTheme.Note) - 4);
            y0 += blockHeight;
        }
    }
}
