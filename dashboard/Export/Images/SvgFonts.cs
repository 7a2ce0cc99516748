using System.Text;

namespace CCHC.Dashboard.Export.Images;

/// <summary>Be Vietnam Pro embedded in an exported SVG (as @font-face data), so the SVG looks like the PNG on a
/// machine without the font: its text is positioned glyph by glyph, and a fallback font breaks the spacing.</summary>
internal static class SvgFonts
{
    static readonly Lazy<string> Style = new(() => BuildStyle(SlideFonts.Folder), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The SVG with the font faces inserted right after its opening tag.</summary>
    public static string Embed(string svg)
    {
        var open = svg.IndexOf("<svg", StringComparison.Ordinal);
        var end = open < 0 ? -1 : svg.IndexOf('>', open);
        return end < 0 ? svg : svg.Insert(end + 1, Style.Value);
    }

    // Skia's SVG writer names weights one step low (bold as 600, semibold as 500, by family "… SemiBold"), so the
    // faces match by weight ranges that hold both Skia's value and the true one.
    static string BuildStyle(string folder)
    {
        string Face(string family, string weights, string file) =>
            $"@font-face{{font-family:\"{family}\";font-weight:{weights};src:url(data:font/ttf;base64,{Convert.ToBase64String(File.ReadAllBytes(Path.Combine(folder, file)))}) format(\"truetype\")}}";
        var css = new StringBuilder()
            .Append(Face(SlideFonts.Family, "1 549", SlideFonts.RegularFile))
            .Append(Face(SlideFonts.Family, "550 1000", SlideFonts.BoldFile))
            .Append(Face(SlideFonts.SemiBoldFamily, "1 1000", SlideFonts.SemiBoldFile));
        return $"<defs><style>{css}</style></defs>";
    }
}
