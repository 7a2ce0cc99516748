using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CCHC.Etl.Reading;

/// <summary>A Word body as the reader needs it: printed lines, hard page breaks and tables, in reading order.</summary>
internal abstract record FlowItem
{
    public sealed record Line(string Text) : FlowItem;
    public sealed record PageBreak : FlowItem;
    public sealed record TableItem(Table Table) : FlowItem;
}

internal static class DocxFlow
{
    public static IEnumerable<FlowItem> Of(Body body)
    {
        var newPageAfter = ParagraphsEndingOnNewPage(body);
        foreach (var block in Blocks(body))
        {
            if (block is Table table)
            {
                yield return new FlowItem.TableItem(table);
                continue;
            }
            var paragraph = (Paragraph)block;
            if (paragraph.ParagraphProperties?.PageBreakBefore is { } before && (before.Val?.Value ?? true))
                yield return new FlowItem.PageBreak();
            var segments = DocxText.PageSegments(paragraph);
            for (var i = 0; i < segments.Count; i++)
            {
                if (i > 0) yield return new FlowItem.PageBreak();
                // A line broken with Shift+Enter prints as two lines, as two rows of a sheet would.
                foreach (var line in segments[i].Split('\n'))
                    if (line.Trim() is { Length: > 0 } text) yield return new FlowItem.Line(text);
            }
            if (newPageAfter.Contains(paragraph)) yield return new FlowItem.PageBreak();
        }
    }

    /// <summary>Paragraphs and tables of the body, including those wrapped in content controls or custom XML.</summary>
    static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is Paragraph or Table) yield return child;
            else if (child is SdtBlock or SdtContentBlock or CustomXmlBlock)
                foreach (var inner in Blocks(child)) yield return inner;
        }
    }

    /// <summary>Paragraphs that end a section whose successor starts on a new page. A section's properties sit in
    /// its last paragraph, the body's own in the last section; the break's kind is the next section's type, and
    /// Word starts a new page unless that type says continuous.</summary>
    static HashSet<Paragraph> ParagraphsEndingOnNewPage(Body body)
    {
        var sections = body.Descendants<SectionProperties>().ToList();
        var result = new HashSet<Paragraph>();
        for (var i = 0; i + 1 < sections.Count; i++)
        {
            if (sections[i].Parent?.Parent is not Paragraph owner) continue;
            var kind = sections[i + 1].GetFirstChild<SectionType>()?.Val?.Value;
            if (kind is not (SectionMarkValues.Continuous or SectionMarkValues.NextColumn)) result.Add(owner);
        }
        return result;
    }
}
