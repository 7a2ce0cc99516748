using DocumentFormat.OpenXml;
using static CCHC.Dashboard.Export.Deck.DeckStyle;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace CCHC.Dashboard.Export.Deck;

/// <summary>The deck's opening slide: title, subtitle, date and, for sample data, a warning no one can miss.</summary>
internal static class TitleSlide
{
    public static IEnumerable<OpenXmlElement> Shapes(DeckContent content)
    {
        var titleSize = DeckText.SizeToFit(content.Title, DeckGeometry.DeckTitle.Width, DeckTitleSize, SmallestDeckTitleSize);
        yield return SlideShapes.Placeholder(2, "Title 1",
            new P.PlaceholderShape { Type = P.PlaceholderValues.CenteredTitle }, DeckGeometry.DeckTitle,
            DeckText.Body(content.Title, new(titleSize, Navy, Bold: true, LineSpacingPercent: 90),
                DeckText.Frame(A.TextAnchoringTypeValues.Bottom)));
        yield return SlideShapes.Placeholder(3, "Subtitle 2",
            new P.PlaceholderShape { Type = P.PlaceholderValues.SubTitle, Index = 1U }, DeckGeometry.Subtitle,
            DeckText.Body(content.Subtitle, new(SubtitleSize, Grey), DeckText.Frame(A.TextAnchoringTypeValues.Top)));
        yield return SlideShapes.TextBox(4, "Date", DeckGeometry.DateLine,
            DeckText.Body(content.DateLine, new(DateLineSize, Ink), DeckText.Frame(A.TextAnchoringTypeValues.Top)));
        if (content.IsSample)
            yield return SlideShapes.TextBox(5, "Sample data warning", DeckGeometry.SampleBanner,
                DeckText.Body(SampleBannerText, new(SampleBannerSize, Ink, Bold: true),
                    DeckText.Frame(A.TextAnchoringTypeValues.Center, sideInset: (int)(DeckGeometry.Inch / 5))),
                fill: SampleOrange);
    }
}
