namespace CCHC.Dashboard.Export.Deck;

/// <summary>The deck's one look: colours, type sizes and fixed wording, used by the theme, the masters and the slides.</summary>
internal static class DeckStyle
{
    // Arial is on every machine that projects (Liberation Sans, metric-compatible, stands in on LibreOffice) and has
    // the Vietnamese glyphs; Be Vietnam Pro lives only inside the chart images.
    public const string Font = "Arial";
    public const string Language = "vi-VN";

    public const string Navy = "0B2545";
    public const string Grey = "5B6573";
    public const string Ink = "1F2933";
    public const string Paper = "FFFFFF";
    public const string PaleGrey = "EEF1F5";
    // Okabe-Ito orange, as in the charts; dark text on it reads when projected, orange text on white does not.
    public const string SampleOrange = "E69F00";

    // DrawingML sizes are hundredths of a point.
    public const int DeckTitleSize = 4000;
    public const int SmallestDeckTitleSize = 3200;
    public const int SubtitleSize = 2400;
    public const int DateLineSize = 1800;
    public const int SampleBannerSize = 2000;
    public const int SlideTitleSize = 2800;
    public const int SmallestSlideTitleSize = 2000;
    public const int SampleTagSize = 1400;
    public const int NotesSize = 1200;

    public const string SampleBannerText = "DỮ LIỆU MẪU – không phải số liệu chính thức";
    public const string SampleTagText = "Dữ liệu mẫu";
}
