using DocumentFormat.OpenXml;
using static CCHC.Dashboard.Export.Deck.DeckStyle;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace CCHC.Dashboard.Export.Deck;

/// <summary>One chart: its title as real text in the title placeholder, the picture below it, and the sample tag.</summary>
internal static class ChartSlide
{
    public const string ImageRelationshipId = "rId2";

    public static IEnumerable<OpenXmlElement> Shapes(DeckSlide slide)
    {
        // The title placeholder, not a text box, is what PowerPoint's outline and screen readers take as the title.
        var titleBox = slide.IsSample ? DeckGeometry.SlideTitleBesideTag : DeckGeometry.SlideTitle;
        var titleSize = DeckText.SizeToFit(slide.Title, titleBox.Width, SlideTitleSize, SmallestSlideTitleSize);
        yield return SlideShapes.Placeholder(2, "Title 1", new P.PlaceholderShape { Type = P.PlaceholderValues.Title }, titleBox,
            DeckText.Body(slide.Title, new(titleSize, Navy, Bold: true, LineSpacingPercent: 90),
                DeckText.Frame(A.TextAnchoringTypeValues.Center)));
        yield return SlideShapes.Picture(3, "Chart", slide.Title, ImageRelationshipId,
            DeckGeometry.Fit(DeckGeometry.ChartArea, slide.PixelWidth, slide.PixelHeight));
        if (slide.IsSample)
            yield return SlideShapes.TextBox(4, "Sample data tag", DeckGeometry.SampleTag,
                DeckText.Body(SampleTagText, new(SampleTagSize, Ink, Bold: true, Align: A.TextAlignmentTypeValues.Center),
                    DeckText.Frame(A.TextAnchoringTypeValues.Center)),
                fill: SampleOrange);
    }
}
