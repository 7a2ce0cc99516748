namespace CCHC.Dashboard.Export.Images;

/// <summary>The pixel size of an exported chart image.</summary>
/// <remarks>The slide theme is drawn for a 1080-pixel-high screen; <see cref="Scale"/> says how much larger this
/// image is, so <see cref="UltraHd"/> is the same picture as <see cref="FullHd"/> at twice the resolution.</remarks>
public sealed record ImageSize(int Width, int Height)
{
    public const int ReferenceHeight = 1080;

    public static readonly ImageSize FullHd = new(1920, 1080);
    public static readonly ImageSize UltraHd = new(3840, 2160);
    public static ImageSize Default => FullHd;

    public double Scale => Height / (double)ReferenceHeight;
}
