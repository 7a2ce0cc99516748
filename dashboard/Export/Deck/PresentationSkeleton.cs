using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace CCHC.Dashboard.Export.Deck;

/// <summary>The parts a slide needs around it: the layouts to hang on and the notes master for its notes page.</summary>
internal sealed record DeckParts(PresentationPart Presentation, SlideLayoutPart TitleLayout, SlideLayoutPart ChartLayout,
    NotesMasterPart NotesMaster);

/// <summary>Everything in the deck but its slides: presentation, master, layouts, theme, notes master and the small
/// property parts PowerPoint writes itself and is happier to find. Relationship ids are fixed, so the same content
/// gives the same parts.</summary>
internal static class PresentationSkeleton
{
    const string MasterRelationshipId = "rId1";
    const string NotesMasterRelationshipId = "rId2";
    const string ThemeRelationshipId = "rId3";
    const string MasterRelationshipIdFromLayout = "rId1";

    // What PowerPoint writes for a new deck: normal view at 100 %, thumbnails on the left.
    const string ViewProperties = $$"""
        <p:viewPr {{MasterXml.Namespaces}}>
          <p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr>
          <p:slideViewPr><p:cSldViewPr><p:cViewPr varScale="1"><p:scale><a:sx n="100" d="100"/><a:sy n="100" d="100"/></p:scale>
            <p:origin x="0" y="0"/></p:cViewPr><p:guideLst/></p:cSldViewPr></p:slideViewPr>
          <p:notesTextViewPr><p:cViewPr><p:scale><a:sx n="100" d="100"/><a:sy n="100" d="100"/></p:scale>
            <p:origin x="0" y="0"/></p:cViewPr></p:notesTextViewPr>
          <p:gridSpacing cx="76200" cy="76200"/>
        </p:viewPr>
        """;

    public static DeckParts Add(PresentationDocument document)
    {
        var presentation = document.AddPresentationPart();

        var master = presentation.AddNewPart<SlideMasterPart>(MasterRelationshipId);
        var titleLayout = master.AddNewPart<SlideLayoutPart>(MasterXml.TitleLayoutRelationshipId);
        var chartLayout = master.AddNewPart<SlideLayoutPart>(MasterXml.ChartLayoutRelationshipId);
        var theme = master.AddNewPart<ThemePart>(MasterXml.ThemeRelationshipId);
        titleLayout.AddPart(master, MasterRelationshipIdFromLayout);
        chartLayout.AddPart(master, MasterRelationshipIdFromLayout);
        presentation.AddPart(theme, ThemeRelationshipId);
        master.SlideMaster = new P.SlideMaster(MasterXml.Master);
        titleLayout.SlideLayout = new P.SlideLayout(MasterXml.TitleLayout);
        chartLayout.SlideLayout = new P.SlideLayout(MasterXml.ChartLayout);
        theme.Theme = new A.Theme(ThemeXml.Theme);

        var notesMaster = presentation.AddNewPart<NotesMasterPart>(NotesMasterRelationshipId);
        // The notes master needs a theme; PowerPoint writes it a separate one, and so do we.
        notesMaster.AddNewPart<ThemePart>(NotesMasterXml.ThemeRelationshipId).Theme = new A.Theme(ThemeXml.Theme);
        notesMaster.NotesMaster = new P.NotesMaster(NotesMasterXml.NotesMaster);

        presentation.AddNewPart<PresentationPropertiesPart>("rId4").PresentationProperties = new P.PresentationProperties();
        presentation.AddNewPart<ViewPropertiesPart>("rId5").ViewProperties = new P.ViewProperties(ViewProperties);
        // PowerPoint's own default table style, so a table pasted into the deck looks as it would anywhere else.
        presentation.AddNewPart<TableStylesPart>("rId6").TableStyleList =
            new A.TableStyleList { Default = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}" };

        presentation.Presentation = new P.Presentation(
            new P.SlideMasterIdList(new P.SlideMasterId { Id = MasterXml.MasterId, RelationshipId = MasterRelationshipId }),
            new P.NotesMasterIdList(new P.NotesMasterId { Id = NotesMasterRelationshipId }),
            new P.SlideIdList(),
            new P.SlideSize { Cx = (int)DeckGeometry.SlideWidth, Cy = (int)DeckGeometry.SlideHeight },
            new P.NotesSize { Cx = DeckGeometry.NotesWidth, Cy = DeckGeometry.NotesHeight },
            new P.DefaultTextStyle(MasterXml.DefaultTextStyle))
        { SaveSubsetFonts = true };

        return new(presentation, titleLayout, chartLayout, notesMaster);
    }

    /// <summary>Adds an empty slide on <paramref name="layout"/> at the end of the deck.</summary>
    public static SlidePart AddSlide(DeckParts deck, SlideLayoutPart layout, P.ShapeTree shapes)
    {
        var slideIds = deck.Presentation.Presentation.SlideIdList!;
        var number = slideIds.ChildElements.Count + 1;
        // After the skeleton's rId1–rId6; slide ids start at 256 as the format asks.
        var relationshipId = $"rId{6 + number}";
        var slide = deck.Presentation.AddNewPart<SlidePart>(relationshipId);
        slide.AddPart(layout, "rId1");
        slide.Slide = new P.Slide(new P.CommonSlideData(shapes), new P.ColorMapOverride(new A.MasterColorMapping()));
        slideIds.Append(new P.SlideId { Id = (uint)(255 + number), RelationshipId = relationshipId });
        return slide;
    }
}
