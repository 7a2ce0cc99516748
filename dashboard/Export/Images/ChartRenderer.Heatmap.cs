using CCHC.Dashboard.Charts.Model;
using ScottPlot;
using SkiaSharp;
using Palette = CCHC.Dashboard.Charts.Model.Palette;

namespace CCHC.Dashboard.Export.Images;

public static partial class ChartRenderer
{
    const string CellsTooSmallNote = "Giá trị từng ô: xem bảng số liệu";

    /// <summary>Units × indicators, as on screen: rows are the series top-down, columns the categories; the colour
    /// is the shade's range on the sequential palette (its standing, else its value), the text the point's own label (the real value); a cell
    /// nobody reported is grey with "—".</summary>
    static void Heatmap(SlideCanvas c, ChartSpec spec, SKRect area)
    {
        int rows = spec.Series.Count, columns = spec.Categories.Count;
        var scale = HeatmapScale.Of(spec);
        var cells = spec.Series.Select(s => SeriesPoints.Aligned(spec, s)).ToList();
        var lineHeight = c.LineHeight(SlideTheme.Tick);

        var rowNames = spec.Series.Select(s => c.Wrap(s.Name, SlideTheme.Tick, area.Width * 0.22f)).ToList();
        var left = area.Left + TitleBand(c, spec.YAxisTitle) + rowNames.Max(l => WidestLabel(c, l, SlideTheme.Tick)) + TickGap;
        var cellWidth = (area.Right - left) / columns;
        // Column heads turn upright when they would not fit side by side.
        var widestHead = WidestLabel(c, spec.Categories, SlideTheme.Tick);
        var upright = widestHead > cellWidth - 8;
        var headHeight = upright ? widestHead : lineHeight;
        var bottom = area.Bottom - TitleBand(c, spec.XAxisTitle) - headHeight - TickGap;
        var data = new SKRect(left, area.Top, area.Right, bottom);
        var cellHeight = data.Height / rows;

        using var plot = SlidePlot.Create();
        plot.HideGrid();
        for (var r = 0; r < rows; r++)
        {
            for (var col = 0; col < columns; col++)
            {
                var cell = plot.Add.Rectangle(col, col + 1, rows - 1 - r, rows - r);
                cell.FillColor = ColorOf(CellColor(spec, scale, r, cells[r][col]));
                cell.LineColor = Colors.White;
                cell.LineWidth = 3;
            }
        }
        var at = SlidePlot.Render(c, plot, area, data, 0, columns, 0, rows);

        var texts = cells.Select(row => row.Select(p => SeriesPoints.Label(spec, p)).ToList()).ToList();
        var textStyle = CellTextStyle(c, texts.SelectMany(t => t), cellWidth - 6, cellHeight - 4);
        if (textStyle is not null)
        {
            for (var r = 0; r < rows; r++)
            {
                for (var col = 0; col < columns; col++)
                {
                    var fill = CellColor(spec, scale, r, cells[r][col]);
                    c.Text(texts[r][col], textStyle.WithColor(ChartColors.ContrastText(fill)), at.X(col + 0.5), at.Y(rows - r - 0.5), Alignment.MiddleCenter);
                }
            }
        }
        for (var r = 0; r < rows; r++)
            LabelLeftOf(c, rowNames[r], data.Left - TickGap, at.Y(rows - r - 0.5));
        for (var col = 0; col < columns; col++)
        {
            if (upright)
                c.TextUpFromBottom(spec.Categories[col], SlideTheme.Tick, at.X(col + 0.5), data.Bottom + TickGap);
            else
                c.Text(spec.Categories[col], SlideTheme.Tick, at.X(col + 0.5), data.Bottom + TickGap, Alignment.UpperCenter);
        }
        XAxisTitle(c, spec.XAxisTitle, data, data.Bottom + TickGap + headHeight);
        YAxisTitle(c, spec.YAxisTitle, area, data);
        if (textStyle is null)
            c.Text(CellsTooSmallNote, SlideTheme.Note, data.Right, data.Bottom + TickGap + headHeight + TitleGap, Alignment.UpperRight);
    }

    /// <summary>A cell's colour; a row of a unit not picked out is faint, as on screen (30 % over white).</summary>
    static string CellColor(ChartSpec spec, HeatmapScale scale, int row, ChartPoint? point)
    {
        var color = scale.ColorOf(HeatmapScale.ShadeOf(point));
        return spec.Highlighted is { Count: > 0 } marked && !marked.Contains(spec.Series[row].Key ?? "") ? ChartColors.Faint(color, 0.3) : color;
    }

    /// <summary>The largest text, up to the theme's, at which every cell's value fits its cell; null when even
    /// <see cref="SlideTheme.MinLabelSize"/> would not.</summary>
    static TextStyle? CellTextStyle(SlideCanvas c, IEnumerable<string> texts, float width, float height)
    {
        var style = SlideTheme.DataLabel;
        var widest = WidestLabel(c, texts.Distinct(), style);
        var size = Math.Min(style.Size, style.Size * Math.Min(width / Math.Max(widest, 1), height / c.LineHeight(style)));
        return size >= SlideTheme.MinLabelSize ? style.WithSize((float)Math.Floor(size)) : null;
    }

    /// <summary>The screen's heat-map legend: the colour ranges, and grey for cells nobody reported.</summary>
    static IReadOnlyList<LegendItem> HeatmapLegend(ChartSpec spec)
    {
        var scale = HeatmapScale.Of(spec);
        var items = scale.Ranges.Select(r => new LegendItem(r.Name, r.Color, LegendSymbol.Box)).ToList();
        if (spec.Series.Any(s => SeriesPoints.Aligned(spec, s).Any(p => SeriesPoints.Value(p) is null)))
            items.Add(new LegendItem(HeatmapScale.NotReportedName, Palette.NotReported, LegendSymbol.Box));
        return items;
    }
}
