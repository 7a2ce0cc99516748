using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace CCHC.Dashboard.Export.Deck;

/// <summary>Writes a deck as a PowerPoint file: a title slide, then one slide per chart with its source in the notes.</summary>
public static class PptxDeck
{
    static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static void Write(DeckContent content, Stream output)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var slide in content.Slides)
            Check(slide);

        // System.IO.Packaging needs a stream it can seek and read back; a response body can do neither.
        using var buffer = new MemoryStream();
        using (var document = PresentationDocument.Create(buffer, PresentationDocumentType.Presentation))
        {
            var deck = PresentationSkeleton.Add(document);
            PresentationSkeleton.AddSlide(deck, deck.TitleLayout, SlideShapes.Tree(TitleSlide.Shapes(content)));
            foreach (var slide in content.Slides)
            {
                var part = PresentationSkeleton.AddSlide(deck, deck.ChartLayout, SlideShapes.Tree(ChartSlide.Shapes(slide)));
                using (var png = new MemoryStream(slide.Png, writable: false))
                    part.AddImagePart(ImagePartType.Png, ChartSlide.ImageRelationshipId).FeedData(png);
                SpeakerNotes.Add(part, deck.NotesMaster, slide.Notes);
            }
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    // A wrong image shows as a broken picture in front of the audience; refuse it here, where we can say which slide.
    static void Check(DeckSlide slide)
    {
        if (slide.PixelWidth <= 0 || slide.PixelHeight <= 0)
            throw new ArgumentException($"Slide \"{slide.Title}\": the picture has no size ({slide.PixelWidth}×{slide.PixelHeight}).");
        if (!slide.Png.AsSpan().StartsWith(PngSignature))
            throw new ArgumentException($"Slide \"{slide.Title}\": the picture is not a PNG.");
    }
}
