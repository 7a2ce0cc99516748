using ScottPlot;

namespace CCHC.Dashboard.Export.Images;

/// <summary>The one look of every exported chart, in pixels of a 1080-pixel-high slide: an analyst projects the
/// image in a hall as it is, so every text a reader reads is at least 28 px, and colours are the screen's.</summary>
internal static class SlideTheme
{
    public const float MarginX = 72;
    public const float MarginTop = 52;
    public const float MarginBottom = 40;
    /// <summary>Between the blocks of the frame: heading, plot, legend, source line.</summary>
    public const float Gap = 28;

    public const string Ink = "#1A1A1A";
    public const string Muted = "#555555";
    public const string Axis = "#8C8C8C";
    public const string Grid = "#E5E5E5";
    public const string Background = "#FFFFFF";
    /// <summary>The screen marks sample data in the same orange as a missed target.</summary>
    public const string SampleTag = "#E69F00";

    public static readonly TextStyle Title = new(44, Weight.Bold);
    public static readonly TextStyle Subtitle = new(30, Weight.Regular, Muted);
    public static readonly TextStyle Tick = new(28, Weight.Regular, "#333333");
    public static readonly TextStyle AxisTitle = new(28, Weight.SemiBold, "#333333");
    public static readonly TextStyle Legend = new(28, Weight.Regular, Ink);
    public static readonly TextStyle DataLabel = new(28, Weight.SemiBold, Ink);
    public static readonly TextStyle Note = new(28, Weight.Regular, Muted);
    public static readonly TextStyle Source = new(28, Weight.Regular, Muted);
    public static readonly TextStyle Tag = new(28, Weight.Bold, Ink);
    public static readonly TextStyle NoData = new(40, Weight.SemiBold, Muted);

    /// <summary>The smallest a value label is drawn, where the theme's size would overlap its neighbours (a heat map
    /// of 25 indicators, bars of several series).</summary>
    public const float MinLabelSize = 16;

    public static Color ColorOf(string hex) => Color.FromHex(hex);
}

internal enum Weight { Regular, SemiBold, Bold }

/// <summary>A text's size (px at 1080 high), weight and colour.</summary>
internal sealed record TextStyle(float Size, Weight Weight = Weight.Regular, string Color = SlideTheme.Ink)
{
    public TextStyle WithColor(string color) => this with { Color = color };
    public TextStyle WithSize(float size) => this with { Size = size };
}
