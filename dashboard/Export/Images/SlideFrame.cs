using CCHC.Dashboard.Charts.Model;
using SkiaSharp;

namespace CCHC.Dashboard.Export.Images;

/// <summary>What surrounds every chart: title and subtitle at the top left, the sample tag at the top right, the
/// legend and the source line at the bottom. What is left between them is the chart's.</summary>
internal static class SlideFrame
{
    public const string SampleTag = "DỮ LIỆU MẪU";
    /// <summary>Said in the source line of a sample chart whose source line does not say it already.</summary>
    public const string SampleNote = "Dữ liệu mẫu – không phải số liệu chính thức";

    /// <summary>Long titles get two lines at a smaller size before they get a third; none is ever cut.</summary>
    static readonly float[] TitleSizes = [44, 40, 36];

    public static SKRect Draw(SlideCanvas c, ChartSpec spec, bool withTitle, IReadOnlyList<LegendItem> legend)
    {
        float left = SlideTheme.MarginX, right = c.Width - SlideTheme.MarginX, width = right - left;

        var top = SlideTheme.MarginTop;
        float tagWidth = 0, tagBottom = top;
        // On a slide the deck puts its own tag beside the slide's title; the source line still says it is sample.
        if (spec.IsSample && withTitle)
        {
            const float padding = 14;
            tagWidth = c.Tag(SampleTag, SlideTheme.Tag, SlideTheme.SampleTag, right, top, padding);
            tagBottom = top + c.LineHeight(SlideTheme.Tag) + padding;
        }
        var headingWidth = width - (tagWidth > 0 ? tagWidth + 40 : 0);

        var y = top;
        if (withTitle && !string.IsNullOrWhiteSpace(spec.Title))
        {
            var (lines, style) = TitleLines(c, spec.Title, headingWidth);
            y = c.Lines(lines, style, left, y) + 6;
        }
        if (!string.IsNullOrWhiteSpace(spec.Subtitle))
            y = c.Lines(c.Wrap(spec.Subtitle, SlideTheme.Subtitle, headingWidth), SlideTheme.Subtitle, left, y);
        var plotTop = Math.Max(y, tagBottom) + SlideTheme.Gap;

        var sourceLines = c.Wrap(SourceText(spec), SlideTheme.Source, width);
        var sourceTop = c.Height - SlideTheme.MarginBottom - sourceLines.Count * c.LineHeight(SlideTheme.Source);
        c.Lines(sourceLines, SlideTheme.Source, left, sourceTop);

        var plotBottom = sourceTop - SlideTheme.Gap;
        var legendHeight = SlideLegend.Height(c, legend, width);
        if (legendHeight > 0)
        {
            var legendTop = plotBottom - legendHeight;
            SlideLegend.Draw(c, legend, left, right, legendTop);
            plotBottom = legendTop - SlideTheme.Gap;
        }
        return new SKRect(left, plotTop, right, plotBottom);
    }

    static (List<string> Lines, TextStyle Style) TitleLines(SlideCanvas c, string title, float width)
    {
        foreach (var size in TitleSizes)
        {
            var style = SlideTheme.Title.WithSize(size);
            var lines = c.Wrap(title, style, width);
            if (lines.Count <= 2 || size == TitleSizes[^1]) return (lines, style);
        }
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>The spec's source line; a sample chart says so even if its source line forgot to.</summary>
    public static string SourceText(ChartSpec spec) =>
        spec.IsSample && !spec.SourceLine.Contains("Dữ liệu mẫu", StringComparison.OrdinalIgnoreCase)
            ? string.Join("; ", new[] { spec.SourceLine, SampleNote }.Where(s => !string.IsNullOrWhiteSpace(s)))
            : spec.SourceLine;
}
