using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CCHC.Dashboard.Export.Report;

/// <summary>A <see cref="ReportTable"/> as a real Word table: a fixed grid, the header rows repeated on every page
/// the table reaches, rows that never split across a page, figures right-aligned.</summary>
internal static class DocxTables
{
    const string HeaderFill = "D9E2F3";
    const string GroupFill = "F2F2F2";

    /// <param name="fontHalfPoints">20 (10 pt) for the appendices; smaller for the sources annex.</param>
    public static Table Build(ReportTable table, int fontHalfPoints = 20)
    {
        var width = table.Columns.Sum(c => c.Width);
        var t = new Table(new TableProperties(
            new TableWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 70, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 70, Type = TableWidthValues.Dxa }),
            new TableLook { Val = "04A0" }));
        t.Append(new TableGrid(table.Columns.Select(c => new GridColumn { Width = c.Width.ToString() })));

        foreach (var header in table.Header)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
            var column = 0;
            foreach (var cell in header)
            {
                var span = table.Columns.Skip(column).Take(cell.Span).Sum(c => c.Width);
                var merge = cell.Rows switch
                {
                    0 => new VerticalMerge { Val = MergedCellValues.Continue },
                    > 1 => new VerticalMerge { Val = MergedCellValues.Restart },
                    _ => null,
                };
                row.Append(Cell(cell.Text, span, cell.Span, JustificationValues.Center, bold: true, HeaderFill, fontHalfPoints, merge));
                column += cell.Span;
            }
            t.Append(row);
        }
        foreach (var body in table.Rows)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var (text, i) in body.Cells.Select((text, i) => (text, i)))
            {
                var column = table.Columns[i];
                var align = column.Numeric ? JustificationValues.Right
                    : column.Centered || (i == 0 && column.Width <= 900) ? JustificationValues.Center : JustificationValues.Left;
                row.Append(Cell(text, column.Width, 1, align, body.Bold, body.Shaded ? GroupFill : null, fontHalfPoints));
            }
            t.Append(row);
        }
        return t;
    }

    static TableCell Cell(string text, int width, int span, JustificationValues align, bool bold, string? fill, int fontHalfPoints,
        VerticalMerge? merge = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is not null) properties.Append(merge);
        if (fill is not null) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });

        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText },
            new Justification { Val = align }));
        var runProperties = new RunProperties();
        if (bold) runProperties.Append(new Bold());
        if (fontHalfPoints != 20)
        {
            runProperties.Append(new FontSize { Val = fontHalfPoints.ToString() });
            runProperties.Append(new FontSizeComplexScript { Val = fontHalfPoints.ToString() });
        }
        // Line breaks in a header ("Năm\n2020") stay line breaks, not a run of text with a newline Word ignores.
        var run = new Run(runProperties);
        foreach (var (line, n) in text.Split('\n').Select((l, n) => (l, n)))
        {
            if (n > 0) run.Append(new Break());
            run.Append(new Text(line) { Space = SpaceProcessingModeValues.Preserve });
        }
        paragraph.Append(run);
        return new TableCell(properties, paragraph);
    }
}
