using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Vml = DocumentFormat.OpenXml.Vml;

namespace CCHC.Etl.Reading;

/// <summary>The text of Word paragraphs as printed: tracked deletions, field codes and floating shapes left out,
/// line breaks (Shift+Enter) kept as "\n".</summary>
internal static class DocxText
{
    /// <summary>The paragraph's text cut at its hard page breaks: one segment when it has none.</summary>
    public static IReadOnlyList<string> PageSegments(Paragraph paragraph)
    {
        var segments = new List<StringBuilder> { new() };
        Collect(paragraph, segments);
        return segments.Select(s => s.ToString()).ToList();
    }

    /// <summary>A cell's paragraphs joined by "\n". A table nested in the cell is flattened into it, one line per
    /// paragraph in reading order: appendix cells never hold a real sub-table, so its text is kept, not its shape.</summary>
    public static string Cell(TableCell cell)
    {
        var lines = new List<string>();
        AddLines(cell, lines);
        return string.Join("\n", lines);
    }

    static void AddLines(OpenXmlElement container, List<string> lines)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is Paragraph p)
            {
                var text = string.Concat(PageSegments(p)).Trim();
                if (text.Length > 0) lines.Add(text);
            }
            else if (child is not TableCellProperties and not TableProperties and not TableGrid and not TableRowProperties)
                AddLines(child, lines); // nested tables, rows, cells, content controls
        }
    }

    static void Collect(OpenXmlElement element, List<StringBuilder> segments)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t: segments[^1].Append(t.Text); break;
                case TabChar or PositionalTab: segments[^1].Append(' '); break;
                case Break { Type.Value: BreakValues.Page }: segments.Add(new StringBuilder()); break;
                case Break or CarriageReturn: segments[^1].Append('\n'); break;
                case NoBreakHyphen: segments[^1].Append('-'); break;
                // Not printed text: deleted revisions, properties, and shapes whose text a table cell never relies on
                // (a text box is also stored twice, as DrawingML and as its VML fallback).
                case DeletedRun or MoveFromRun or ParagraphProperties or RunProperties or Drawing or Picture or EmbeddedObject
                    or AlternateContent or Vml.Shape or Vml.TextBox:
                    break;
                default: Collect(child, segments); break;
            }
        }
    }
}
