using System.Text;
using CCHC.Dashboard.Charts.Model;
using ScottPlot;
using SkiaSharp;

namespace CCHC.Dashboard.Export.Images;

/// <summary>Draws a <see cref="ChartSpec"/> as a slide-ready image with ScottPlot: the same data, order, colours and
/// labels as ApexCharts shows on screen, in a theme made to be projected as it is (one method per chart kind in the
/// ChartRenderer.*.cs files; the frame around every chart in <see cref="SlideFrame"/>).</summary>
public static partial class ChartRenderer
{
    public const string NoDataText = "Không có dữ liệu cho lựa chọn này";

    /// <param name="withTitle">False for a PowerPoint slide, which carries the title as text: the image then shows
    /// the subtitle, chart, legend and source line only.</param>
    public static byte[] Png(ChartSpec spec, ImageSize size, bool withTitle = true)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var surface = SKSurface.Create(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new ArgumentOutOfRangeException(nameof(size), size, "Cannot make an image of this size.");
        Draw(surface.Canvas, spec, size, withTitle);
        using var pixels = surface.PeekPixels();
        // Charts are flat colour: the "Sub" filter alone compresses them as well as trying every filter, in a third
        // of the time (the encoding is most of a render).
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, zLibLevel: 6))
            ?? throw new InvalidOperationException("Skia could not encode the chart as PNG.");
        return png.ToArray();
    }

    /// <inheritdoc cref="Png"/>
    /// <remarks>Text stays text (&lt;text&gt; elements in Be Vietnam Pro, the font embedded), so the SVG can be
    /// searched and edited and looks the same on a machine without the font.</remarks>
    public static string Svg(ChartSpec spec, ImageSize size, bool withTitle = true)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, size.Width, size.Height), stream))
            Draw(canvas, spec, size, withTitle);
        return SvgFonts.Embed(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Slide pixels per image pixel. The theme is drawn for a 1080-high slide; an image as wide as a slide
    /// but shorter (1920×900 under a PowerPoint title) keeps the slide's text sizes rather than shrinking them.</summary>
    static float DrawingScale(ImageSize size) => (float)Math.Max(size.Scale, size.Width / 1920.0);

    static void Draw(SKCanvas canvas, ChartSpec spec, ImageSize size, bool withTitle)
    {
        if (size.Width <= 0 || size.Height <= 0)
            throw new ArgumentOutOfRangeException(nameof(size), size, "An image needs a positive width and height.");
        SlideFonts.EnsureRegistered();

        var scale = DrawingScale(size);
        canvas.Clear(SKColors.White);
        canvas.Save();
        canvas.Scale(scale);
        using var slide = new SlideCanvas(canvas, size.Width / scale, size.Height / scale);

        var empty = spec.IsEmpty || spec.Categories.Count == 0;
        var area = SlideFrame.Draw(slide, spec, withTitle, empty ? [] : Legend(spec));
        if (empty) NoData(slide, area);
        else
        {
            switch (spec.Kind)
            {
                case ChartKind.Line: Line(slide, spec, area); break;
                case ChartKind.Bar: Bars(slide, spec, area, horizontal: false); break;
                case ChartKind.HorizontalBar: Bars(slide, spec, area, horizontal: true); break;
                case ChartKind.StackedBar: Stacked(slide, spec, area); break;
                case ChartKind.Heatmap: Heatmap(slide, spec, area); break;
                case ChartKind.Donut: Donut(slide, spec, area); break;
                default: throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown chart kind.");
            }
        }
        canvas.Restore();
    }

    /// <summary>The legend below the plot, when there is more than one series. A heat map shows its colour ranges
    /// there instead, as on screen; a donut names its slices beside the ring.</summary>
    static IReadOnlyList<LegendItem> Legend(ChartSpec spec) => spec.Kind switch
    {
        ChartKind.Donut => [],
        ChartKind.Heatmap => HeatmapLegend(spec),
        _ when spec.Series.Count < 2 => [],
        ChartKind.Line => spec.Series.Select((s, i) => new LegendItem(s.Name, ChartColors.Of(s, i), LegendSymbol.Line, IsAggregate(s))).ToList(),
        ChartKind.StackedBar => spec.Series.Select((s, i) => new LegendItem(s.Name, ChartColors.Stacked(s, i), LegendSymbol.Box)).ToList(),
        _ => spec.Series.Select((s, i) => new LegendItem(s.Name, ChartColors.Of(s, i), LegendSymbol.Box)).ToList(),
    };

    static void NoData(SlideCanvas c, SKRect area)
    {
        var lines = c.Wrap(NoDataText, SlideTheme.NoData, area.Width);
        var height = lines.Count * c.LineHeight(SlideTheme.NoData);
        c.Lines(lines, SlideTheme.NoData, area.MidX, area.MidY - height / 2, Alignment.UpperCenter);
    }
}
