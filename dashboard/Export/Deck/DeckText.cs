using System.Text;
using System.Xml;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace CCHC.Dashboard.Export.Deck;

/// <summary>How a piece of text looks: size in hundredths of a point, colour as RRGGBB.</summary>
internal sealed record TextLook(
    int Size, string Color, bool Bold = false,
    A.TextAlignmentTypeValues Align = A.TextAlignmentTypeValues.Left, int LineSpacingPercent = 100);

/// <summary>Text bodies in Vietnamese, one paragraph per line, carried as literal text whatever it holds.</summary>
internal static class DeckText
{
    public static P.TextBody Body(string text, TextLook look, A.BodyProperties frame)
    {
        var body = new P.TextBody(frame, new A.ListStyle());
        foreach (var line in Lines(text))
            body.Append(Paragraph(line, look));
        return body;
    }

    /// <summary>The largest size, from <paramref name="largest"/> down in 2 pt steps to <paramref name="smallest"/>, at
    /// which <paramref name="text"/> should fit in two lines of a box <paramref name="width"/> EMU wide.</summary>
    // PowerPoint shrinks overflowing text only when someone edits it, so a long title would run into the chart on the
    // projector. An Arial Bold letter of Vietnamese text averages 0.5 em; 0.55 and a line 92 % full leave room for
    // capitals and for words that wrap early.
    public static int SizeToFit(string text, long width, int largest, int smallest)
    {
        var twoLines = 2 * 0.92 * width / 12_700;
        for (var size = largest; size > smallest; size -= 200)
            if (text.Length * 0.55 * size / 100 <= twoLines)
                return size;
        return smallest;
    }

    /// <summary>A text frame with the given insets (EMU) that wraps, and shrinks the text if it overflows.</summary>
    public static A.BodyProperties Frame(A.TextAnchoringTypeValues anchor, int sideInset = 0, int topInset = 0) =>
        new(new A.NormalAutoFit())
        {
            Wrap = A.TextWrappingValues.Square,
            LeftInset = sideInset,
            RightInset = sideInset,
            TopInset = topInset,
            BottomInset = topInset,
            Anchor = anchor,
        };

    static A.Paragraph Paragraph(string line, TextLook look)
    {
        var paragraph = new A.Paragraph(new A.ParagraphProperties(
            new A.LineSpacing(new A.SpacingPercent { Val = look.LineSpacingPercent * 1000 }))
        { Alignment = look.Align, LeftMargin = 0, Indent = 0 });
        if (line.Length > 0)
            paragraph.Append(new A.Run(Character<A.RunProperties>(look), new A.Text(line)));
        paragraph.Append(Character<A.EndParagraphRunProperties>(look));
        return paragraph;
    }

    static T Character<T>(TextLook look) where T : A.TextCharacterPropertiesType, new()
    {
        var properties = new T { Language = DeckStyle.Language, FontSize = look.Size, Dirty = false };
        if (look.Bold)
            properties.Bold = true;
        properties.Append(new A.SolidFill(new A.RgbColorModelHex { Val = look.Color }));
        return properties;
    }

    /// <summary>The lines of <paramref name="text"/>, without the characters XML cannot carry.</summary>
    internal static IEnumerable<string> Lines(string text) =>
        // Word's manual line break arrives as a vertical tab when a title is pasted from a report.
        text.Split(["\r\n", "\n", "\r", "\v"], StringSplitOptions.None).Select(Clean);

    /// <summary><paramref name="text"/> without control characters, which would stop the XML writer mid-deck.</summary>
    internal static string Clean(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
                kept.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
                kept.Append(text, i++, 2);
        }
        return kept.ToString();
    }
}
