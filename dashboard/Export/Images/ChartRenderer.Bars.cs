using CCHC.Dashboard.Charts.Model;
using ScottPlot;
using SkiaSharp;

namespace CCHC.Dashboard.Export.Images;

public static partial class ChartRenderer
{
    const string NotReportedText = "không báo cáo";
    /// <summary>Between a bar's end and its value.</summary>
    const float LabelGap = 10;

    /// <summary>One bar: where it stands among the categories, its value (null: not reported) and colour.</summary>
    sealed record BarSlot(int Category, double Position, double Size, double? Value, string Color);

    /// <summary>What is written at a bar. A category nobody reported says "không báo cáo" once, at its middle; one
    /// silent series among several gets "—" at its own bar, so the words never pile up.</summary>
    static List<(string Text, TextStyle Style, double Position)> BarLabels(ChartSpec spec, List<BarSlot> slots, TextStyle valueStyle, bool horizontal)
    {
        var n = spec.Categories.Count;
        var labels = new List<(string, TextStyle, double)>();
        foreach (var slot in slots.Where(s => s.Value is not null))
            labels.Add((ValueText(spec, slot.Value!.Value), valueStyle, slot.Position));
        foreach (var silent in slots.Where(s => s.Value is null).GroupBy(s => s.Category))
        {
            if (silent.Count() == spec.Series.Count)
                labels.Add((NotReportedText, SlideTheme.Note.WithSize(valueStyle.Size), horizontal ? n - 1 - silent.Key : silent.Key));
            else
                labels.AddRange(silent.Select(s => (ViNumber.Missing, SlideTheme.Note.WithSize(valueStyle.Size), s.Position)));
        }
        return labels;
    }

    /// <summary>The value labels' size: the theme's, smaller only when bars stand closer than a label is tall
    /// (horizontal) or wide (vertical), never below <see cref="SlideTheme.MinLabelSize"/>.</summary>
    static TextStyle BarLabelStyle(SlideCanvas c, ChartSpec spec, float pitch, bool horizontal)
    {
        var style = SlideTheme.DataLabel;
        var need = horizontal
            ? c.LineHeight(style)
            : WidestLabel(c, SeriesPoints.AllValues(spec).Select(v => ValueText(spec, v)), style) + 8;
        var size = style.Size * Math.Min(1, pitch / need);
        return style.WithSize((float)Math.Floor(Math.Max(SlideTheme.MinLabelSize, size)));
    }

    /// <summary>Bars in the spec's order, as on screen: a ranking keeps its order from the top, each unit in its
    /// own colour; values written at the bar ends in vi-VN form; a unit that did not report keeps its place and
    /// says "không báo cáo", with no bar. Several series stand side by side within a category.</summary>
    static void Bars(SlideCanvas c, ChartSpec spec, SKRect area, bool horizontal)
    {
        // A ranking of close values starts its axis where the screen does, not at zero.
        var scale = spec.ValueAxisFrom is { } from
            ? ValueScale.For(SeriesPoints.AllValues(spec).Append(from), spec.Format, fromZero: false)
            : ValueScale.For(SeriesPoints.AllValues(spec), spec.Format, fromZero: true);
        var slots = BarSlots(spec, horizontal);
        if (horizontal) HorizontalBars(c, spec, area, scale, slots);
        else VerticalBars(c, spec, area, scale, slots);
    }

    /// <summary>The share of a category its bars take: the screen's 70 % of a row when horizontal, 60 % of a
    /// column when vertical; several series side by side take 80 %.</summary>
    static double GroupShare(ChartSpec spec, bool horizontal) => spec.Series.Count == 1 ? (horizontal ? 0.7 : 0.6) : 0.8;

    /// <summary>How far apart neighbouring bars' labels stand, as a share of a category.</summary>
    static float BarPitch(ChartSpec spec, bool horizontal) =>
        spec.Series.Count == 1 ? 1 : (float)(GroupShare(spec, horizontal) / spec.Series.Count);

    static List<BarSlot> BarSlots(ChartSpec spec, bool horizontal)
    {
        var n = spec.Categories.Count;
        var m = spec.Series.Count;
        var perCategory = ChartColors.PerCategory(spec);
        var group = GroupShare(spec, horizontal);
        var size = group / m;
        var slots = new List<BarSlot>();
        for (var si = 0; si < m; si++)
        {
            var points = SeriesPoints.Aligned(spec, spec.Series[si]);
            var color = ChartColors.Of(spec.Series[si], si);
            for (var ci = 0; ci < n; ci++)
            {
                // Horizontal: the first category at the top, the first series at the top of its group.
                var offset = -group / 2 + (si + 0.5) * size;
                var position = horizontal ? n - 1 - ci - offset : ci + offset;
                slots.Add(new BarSlot(ci, position, size * 0.9, SeriesPoints.Value(points[ci]), perCategory?[ci] ?? color));
            }
        }
        return slots;
    }

    static void AddBars(Plot plot, IEnumerable<BarSlot> slots, bool horizontal, double valueBase)
    {
        var bars = slots.Where(s => s.Value is not null).Select(s => new Bar
        {
            Position = s.Position,
            Value = s.Value!.Value,
            ValueBase = valueBase,
            Size = s.Size,
            FillColor = ColorOf(s.Color),
            LineWidth = 0,
            Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
        }).ToList();
        if (bars.Count > 0) plot.Add.Bars(bars).Horizontal = horizontal;
    }

    static void HorizontalBars(SlideCanvas c, ChartSpec spec, SKRect area, ValueScale scale, List<BarSlot> slots)
    {
        var n = spec.Categories.Count;
        var lineHeight = c.LineHeight(SlideTheme.Tick);
        // The reference line's name sits in a band above the bars, where it covers none.
        var top = area.Top + 4 + (spec.Reference is null ? 0 : c.LineHeight(SlideTheme.Note) + 6);
        var bottom = area.Bottom - TitleBand(c, spec.YAxisTitle) - lineHeight - TickGap;
        var pitch = (bottom - top) / n * BarPitch(spec, horizontal: true);
        var labels = BarLabels(spec, slots, BarLabelStyle(c, spec, pitch, horizontal: true), horizontal: true);

        var categoryWidth = Math.Min(WidestLabel(c, spec.Categories, SlideTheme.Tick), area.Width * 0.3f);
        var categories = WrapCategories(c, spec, categoryWidth);
        categoryWidth = categories.Max(lines => WidestLabel(c, lines, SlideTheme.Tick));
        var left = area.Left + TitleBand(c, spec.XAxisTitle) + categoryWidth + TickGap;
        var valueRoom = labels.Select(l => c.Measure(l.Text, l.Style) + LabelGap + 8).Max();
        var right = area.Right - Math.Max(valueRoom, c.Measure(scale.Labels[^1], SlideTheme.Tick) / 2);
        var data = new SKRect(left, top, right, bottom);

        using var plot = SlidePlot.Create();
        SlidePlot.Ticks(plot.Axes.Bottom, scale);
        SlidePlot.Baseline(plot.Axes.Left);
        plot.Grid.YAxisStyle.IsVisible = false;
        AddBars(plot, slots, horizontal: true, Math.Max(0, scale.Min));
        var at = SlidePlot.Render(c, plot, area, data, scale.Min, scale.Max, -0.5, n - 0.5);

        var ends = slots.ToLookup(s => s.Position, s => s.Value ?? 0);
        foreach (var (text, style, position) in labels)
        {
            // Past the bar's end; a "không báo cáo" for a whole category starts at zero.
            var end = ends.Contains(position) ? ends[position].First() : 0;
            c.Text(text, style, at.X(end) + LabelGap, at.Y(position), Alignment.MiddleLeft);
        }
        if (spec.Reference is { } line && line.Value >= scale.Min && line.Value <= scale.Max)
        {
            var x = at.X(line.Value);
            c.Line(x, data.Top, x, data.Bottom, Charts.Model.Palette.Reference, 2.5f);
            c.Text(line.Label, SlideTheme.Note.WithColor(Charts.Model.Palette.Reference), x, data.Top - 4, Alignment.LowerCenter);
        }
        for (var ci = 0; ci < n; ci++)
            LabelLeftOf(c, categories[ci], data.Left - TickGap, at.Y(n - 1 - ci));
        // As on screen, the turned chart writes the spec's y title under the values and its x title beside the names.
        XAxisTitle(c, spec.YAxisTitle, data, data.Bottom + TickGap + lineHeight);
        YAxisTitle(c, spec.XAxisTitle, area, data);
    }

    static void VerticalBars(SlideCanvas c, ChartSpec spec, SKRect area, ValueScale scale, List<BarSlot> slots)
    {
        var n = spec.Categories.Count;
        var lineHeight = c.LineHeight(SlideTheme.Tick);

        var left = area.Left + TitleBand(c, spec.YAxisTitle) + WidestLabel(c, scale.Labels, SlideTheme.Tick) + TickGap;
        var right = area.Right - 8;
        var slot = (right - left) / n;
        var categories = WrapCategories(c, spec, slot * 0.95f);
        var labelHeight = categories.Max(l => l.Count) * lineHeight;
        var bottom = area.Bottom - TitleBand(c, spec.XAxisTitle) - labelHeight - TickGap;
        var pitch = slot * BarPitch(spec, horizontal: false);
        var labelStyle = BarLabelStyle(c, spec, pitch, horizontal: false);
        var top = area.Top + c.LineHeight(labelStyle) + LabelGap;
        var data = new SKRect(left, top, right, bottom);

        using var plot = SlidePlot.Create();
        SlidePlot.Ticks(plot.Axes.Left, scale);
        SlidePlot.Baseline(plot.Axes.Bottom);
        plot.Grid.XAxisStyle.IsVisible = false;
        AddBars(plot, slots, horizontal: false, Math.Max(0, scale.Min));
        var at = SlidePlot.Render(c, plot, area, data, -0.5, n - 0.5, scale.Min, scale.Max);

        var tops = slots.ToLookup(s => s.Position, s => s.Value ?? 0);
        foreach (var (text, style, position) in BarLabels(spec, slots, labelStyle, horizontal: false))
        {
            var end = Math.Max(0, tops.Contains(position) ? tops[position].First() : 0);
            var lines = c.Wrap(text, style, slot * 0.95f);
            c.Lines(lines, style, at.X(position), at.Y(end) - LabelGap - lines.Count * c.LineHeight(style), Alignment.UpperCenter);
        }
        for (var ci = 0; ci < n; ci++)
            LabelBelow(c, categories[ci], at.X(ci), data.Bottom + TickGap);
        XAxisTitle(c, spec.XAxisTitle, data, data.Bottom + TickGap + labelHeight);
        YAxisTitle(c, spec.YAxisTitle, area, data);
    }
}
