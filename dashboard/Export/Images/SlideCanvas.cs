using ScottPlot;
using SkiaSharp;

namespace CCHC.Dashboard.Export.Images;

/// <summary>The canvas of one render, in slide pixels (1080 high), with the text tools the frame and the overlays
/// share: every text is drawn by ScottPlot's label renderer in Be Vietnam Pro, so the PNG and the SVG agree.</summary>
internal sealed class SlideCanvas(SKCanvas canvas, float width, float height) : IDisposable
{
    readonly Paint paint = Paint.NewDisposablePaint();

    public SKCanvas Canvas { get; } = canvas;
    public float Width { get; } = width;
    public float Height { get; } = height;

    public void Dispose() => paint.Dispose();

    public static LabelStyle Label(TextStyle style, Alignment alignment = Alignment.UpperLeft) => new()
    {
        FontName = style.Weight == Weight.SemiBold ? SlideFonts.SemiBoldFamily : SlideFonts.Family,
        Bold = style.Weight == Weight.Bold,
        FontSize = style.Size,
        ForeColor = SlideTheme.ColorOf(style.Color),
        Alignment = alignment,
        AntiAliasText = true,
    };

    public float Measure(string text, TextStyle style) => Label(style).Measure(text, paint).Width;

    public float LineHeight(TextStyle style) => Label(style).Measure("Ẫg", paint).LineHeight;

    /// <summary>Words flowed into lines no wider than <paramref name="maxWidth"/>; a word longer than a line keeps
    /// its own line rather than being cut.</summary>
    public List<string> Wrap(string text, TextStyle style, float maxWidth)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Measure(candidate, style) > maxWidth)
                {
                    lines.Add(line);
                    line = word;
                }
                else line = candidate;
            }
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>Draws one line of text with its <paramref name="alignment"/> point at (x, y).</summary>
    public void Text(string text, TextStyle style, float x, float y, Alignment alignment = Alignment.UpperLeft) =>
        Label(style, alignment).Render(Canvas, new Pixel(x, y), paint, text);

    /// <summary>Draws a text turned to read upwards (a y-axis title), centred on (x, y).</summary>
    public void TextUp(string text, TextStyle style, float x, float y)
    {
        var label = Label(style, Alignment.MiddleCenter);
        label.Rotation = -90;
        label.Render(Canvas, new Pixel(x, y), paint, text);
    }

    /// <summary>Draws a text turned to read upwards, its end at (x, top): a column head under a narrow column.</summary>
    public void TextUpFromBottom(string text, TextStyle style, float x, float top)
    {
        var label = Label(style, Alignment.MiddleRight);
        label.Rotation = -90;
        label.Render(Canvas, new Pixel(x, top), paint, text);
    }

    /// <summary>Draws lines top-down from y; returns the y below the last line.</summary>
    public float Lines(IEnumerable<string> lines, TextStyle style, float x, float y, Alignment alignment = Alignment.UpperLeft)
    {
        var step = LineHeight(style);
        foreach (var line in lines)
        {
            Text(line, style, x, y, alignment);
            y += step;
        }
        return y;
    }

    /// <summary>A text on a filled box, the box's upper-right corner at (right, top); returns the box's width.</summary>
    public float Tag(string text, TextStyle style, string fill, float right, float top, float padding)
    {
        var width = Measure(text, style) + 2 * padding;
        var height = LineHeight(style) + padding;
        using var box = new SKPaint { Color = SKColor.Parse(fill), IsAntialias = true, Style = SKPaintStyle.Fill };
        Canvas.DrawRoundRect(new SKRect(right - width, top, right, top + height), 6, 6, box);
        Text(text, style, right - width / 2, top + height / 2, Alignment.MiddleCenter);
        return width;
    }

    public void Fill(SKRect rect, string color, float radius = 0)
    {
        using var fill = new SKPaint { Color = SKColor.Parse(color), IsAntialias = true, Style = SKPaintStyle.Fill };
        if (radius > 0) Canvas.DrawRoundRect(rect, radius, radius, fill);
        else Canvas.DrawRect(rect, fill);
    }

    /// <summary>A solid line (Skia's SVG writer cannot dash: see <see cref="SlidePlot.Dashed"/>).</summary>
    public void Line(float x1, float y1, float x2, float y2, string color, float width)
    {
        using var stroke = new SKPaint
        {
            Color = SKColor.Parse(color),
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = width,
            StrokeCap = SKStrokeCap.Round,
        };
        Canvas.DrawLine(x1, y1, x2, y2, stroke);
    }

    public void Circle(float x, float y, float radius, string stroke, string fill, float strokeWidth)
    {
        using var inside = new SKPaint { Color = SKColor.Parse(fill), IsAntialias = true, Style = SKPaintStyle.Fill };
        using var edge = new SKPaint { Color = SKColor.Parse(stroke), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = strokeWidth };
        Canvas.DrawCircle(x, y, radius, inside);
        Canvas.DrawCircle(x, y, radius, edge);
    }
}
