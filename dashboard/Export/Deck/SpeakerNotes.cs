using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace CCHC.Dashboard.Export.Deck;

/// <summary>The notes page under a slide, where the source line goes so the presenter can read it out.</summary>
internal static class SpeakerNotes
{
    public const string RelationshipId = "rId3";

    public static void Add(SlidePart slide, NotesMasterPart master, string notes)
    {
        var part = slide.AddNewPart<NotesSlidePart>(RelationshipId);
        part.AddPart(master, "rId1");
        part.AddPart(slide, "rId2");
        part.NotesSlide = new P.NotesSlide(
            new P.CommonSlideData(SlideShapes.Tree([
                SlideShapes.Placeholder(2, "Slide Image Placeholder 1",
                    new P.PlaceholderShape { Type = P.PlaceholderValues.SlideImage }, at: null, text: null),
                SlideShapes.Placeholder(3, "Notes Placeholder 2",
                    new P.PlaceholderShape { Type = P.PlaceholderValues.Body, Index = 1U }, at: null,
                    DeckText.Body(notes, new(DeckStyle.NotesSize, DeckStyle.Ink), new A.BodyProperties())),
            ])),
            new P.ColorMapOverride(new A.MasterColorMapping()));
    }
}
