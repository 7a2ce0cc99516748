namespace CCHC.Dashboard.Export.Deck;

/// <summary>A rectangle on a slide in EMU (914 400 to the inch).</summary>
internal readonly record struct EmuRect(long X, long Y, long Width, long Height)
{
    /// <summary>The DrawingML transform, for the masters written as XML.</summary>
    public string Xfrm => $"""<a:xfrm><a:off x="{X}" y="{Y}"/><a:ext cx="{Width}" cy="{Height}"/></a:xfrm>""";
}

/// <summary>Where things sit on a 16:9 slide (13.33 × 7.5 in) and on the notes page.</summary>
internal static class DeckGeometry
{
    public const long Inch = 914_400;
    public const long SlideWidth = 12_192_000;
    public const long SlideHeight = 6_858_000;
    public const long NotesWidth = 6_858_000;
    public const long NotesHeight = 9_144_000;

    const long Side = Inch * 45 / 100;
    const long ContentWidth = SlideWidth - 2 * Side;
    const long TitleBand = Inch * 12 / 10;
    const long Gap = Inch * 15 / 100;
    const long TitleIndent = Inch * 9 / 10;
    const long TitleSlideWidth = SlideWidth - 2 * TitleIndent;

    // Title slide: a stack down the left under a short accent bar, the title growing upwards from the subtitle.
    public static readonly EmuRect AccentBar = new(TitleIndent, Inch * 19 / 10, Inch * 12 / 10, Inch / 12);
    public static readonly EmuRect DeckTitle = new(TitleIndent, Inch * 21 / 10, TitleSlideWidth, Inch * 17 / 10);
    public static readonly EmuRect Subtitle = new(TitleIndent, Inch * 40 / 10, TitleSlideWidth, Inch * 9 / 10);
    public static readonly EmuRect DateLine = new(TitleIndent, Inch * 50 / 10, TitleSlideWidth, Inch / 2);
    public static readonly EmuRect SampleBanner = new(TitleIndent, Inch * 58 / 10, Inch * 68 / 10, Inch / 2);

    // Chart slide: a title band of two 28 pt lines, the chart in everything below it.
    public static readonly EmuRect SlideTitle = new(Side, Inch / 10, ContentWidth, TitleBand - Inch / 10);
    public static readonly EmuRect SampleTag = new(SlideWidth - Side - Inch * 14 / 10, Inch / 4, Inch * 14 / 10, Inch * 4 / 10);
    public static readonly EmuRect ChartArea = new(Side, TitleBand, ContentWidth, SlideHeight - TitleBand - Inch / 4);

    /// <summary>The title band, leaving room for the sample tag at its right.</summary>
    public static EmuRect SlideTitleBesideTag =>
        SlideTitle with { Width = SampleTag.X - Gap - SlideTitle.X };

    public static readonly EmuRect NotesSlideImage = new(685_800, 1_143_000, 5_486_400, 3_086_100);
    public static readonly EmuRect NotesBody = new(685_800, 4_400_550, 5_486_400, 3_600_450);

    /// <summary>The largest rectangle with the picture's aspect ratio that fits <paramref name="area"/>, centred in it.</summary>
    public static EmuRect Fit(EmuRect area, int pixelWidth, int pixelHeight)
    {
        // Cross-multiplied so that no rounding decides which side limits the picture.
        if ((long)pixelWidth * area.Height >= (long)pixelHeight * area.Width)
        {
            var height = area.Width * pixelHeight / pixelWidth;
            return new(area.X, area.Y + (area.Height - height) / 2, area.Width, height);
        }
        var width = area.Height * pixelWidth / pixelHeight;
        return new(area.X + (area.Width - width) / 2, area.Y, width, area.Height);
    }
}
