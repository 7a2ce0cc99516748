using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CCHC.Etl.Tests.Builders;

/// <summary>Builds Word reports in code the way clerks type them: lines as paragraphs, hard page breaks, and tables
/// whose cells span columns (gridSpan), merge downwards (vMerge), hold several paragraphs, or repeat as a header
/// row at page breaks (tblHeader).</summary>
public sealed class DocxBuilder
{
    readonly List<OpenXmlElement> blocks = [];

    /// <summary>One paragraph per argument; "\n" inside one is a line break (Shift+Enter), not a new paragraph.</summary>
    public DocxBuilder Paragraphs(params string[] texts)
    {
        foreach (var text in texts) blocks.Add(new Paragraph(Runs(text)));
        return this;
    }

    public DocxBuilder PageBreak()
    {
        blocks.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        return this;
    }

    public DocxBuilder Table(params DocxRow[] rows)
    {
        var width = rows.Max(r => r.Cells.Sum(c => c.Span));
        var table = new Table(new TableGrid(Enumerable.Range(0, width).Select(_ => new GridColumn { Width = "1500" })));
        foreach (var row in rows)
        {
            var tr = new TableRow();
            if (row.RepeatsAsHeader) tr.Append(new TableRowProperties(new TableHeader()));
            foreach (var cell in row.Cells) tr.Append(Cell(cell));
            table.Append(tr);
        }
        blocks.Add(table);
        // Word keeps a paragraph after every table; two tables with nothing between would be one.
        blocks.Add(new Paragraph());
        return this;
    }

    public DocxBuilder Table(Table table)
    {
        blocks.Add(table);
        blocks.Add(new Paragraph());
        return this;
    }

    public string Save(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(blocks.Select(b => b.CloneNode(true))));
        main.Document.Save();
        return path;
    }

    /// <summary>A table cell: each line of <see cref="DocxCell.Text"/> is a paragraph of its own.</summary>
    public static TableCell Cell(DocxCell cell)
    {
        var properties = new TableCellProperties();
        if (cell.Span > 1) properties.Append(new GridSpan { Val = cell.Span });
        if (cell.Merge == DocxMerge.Restart) properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
        if (cell.Merge == DocxMerge.Continue) properties.Append(new VerticalMerge());
        var tc = new TableCell(properties);
        foreach (var line in cell.Text.Split('\n')) tc.Append(new Paragraph(Runs(line)));
        return tc;
    }

    static IEnumerable<OpenXmlElement> Runs(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) yield return new Run(new Break());
            if (lines[i].Length > 0) yield return new Run(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
    }
}

public enum DocxMerge { None, Restart, Continue }

public sealed record DocxCell(string Text, int Span = 1, DocxMerge Merge = DocxMerge.None)
{
    public static implicit operator DocxCell(string? text) => new(text ?? "");
    public static implicit operator DocxCell(int number) => new(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    public static DocxCell Across(string text, int columns) => new(text, columns);
    public static DocxCell MergedDown(string text) => new(text, Merge: DocxMerge.Restart);
    public static DocxCell Continued { get; } = new("", Merge: DocxMerge.Continue);
}

public sealed record DocxRow(IReadOnlyList<DocxCell> Cells, bool RepeatsAsHeader = false)
{
    public static DocxRow Of(params DocxCell[] cells) => new(cells);
    public static DocxRow Header(params DocxCell[] cells) => new(cells, RepeatsAsHeader: true);
}
