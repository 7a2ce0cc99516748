namespace CCHC.Dashboard.Charts.Model;

/// <summary>Colour-blind-safe colours (Okabe–Ito first, then Paul Tol's muted set), one fixed colour per unit so a
/// unit looks the same on every chart, on screen and in export.</summary>
public static class Palette
{
    public static readonly IReadOnlyList<string> Series =
    [
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
        "#332288", "#117733", "#882255", "#999933", "#44AA99", "#AA4499", "#000000",
    ];

    /// <summary>Achieved / missed: blue and orange stay apart for every common colour-vision deficiency.</summary>
    public const string Achieved = "#0072B2";
    public const string Missed = "#E69F00";
    public const string NotReported = "#BBBBBB";

    /// <summary>A ranking's bars: one blue; the unit picked out in vermilion, the rest a pale blue that still reads.</summary>
    public const string Ranked = "#0072B2";
    public const string Highlight = "#D55E00";
    public const string Dimmed = "#B3CFE6";
    /// <summary>The reference line (the mean).</summary>
    public const string Reference = "#333333";

    /// <summary>Sequential scale for heat maps (light to dark blue), readable in grey too.</summary>
    public static readonly IReadOnlyList<string> Sequential = ["#DEEBF7", "#9ECAE1", "#4292C6", "#08519C", "#08306B"];

    // The shipped units' colours, kept as they were drawn in every export so far.
    static readonly string[] UnitOrder = ["52", "540", "542", "543", "544", "545", "546", "547", "548", "549", "550", "551"];

    public static string ForUnit(string unitCode)
    {
        var i = Array.IndexOf(UnitOrder, unitCode);
        // string.GetHashCode changes every run; an unknown code (another province's) gets a stable colour from its
        // number, so neighbouring codes (991, 992, 993) differ, else from its characters.
        var n = int.TryParse(unitCode, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number : unitCode.Sum(c => c);
        return Series[(i >= 0 ? i : UnitOrder.Length + n) % Series.Count];
    }

    public static string ForIndex(int index) => Series[index % Series.Count];
}
