using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CCHC.Etl.Reading;

/// <summary>A Word table laid out on its column grid the way a worksheet holds it: a cell spanning columns
/// (gridSpan) or continuing a vertical merge (vMerge) keeps its text in its top-left position only, the covered
/// positions stay empty, and the span is declared as a <see cref="MergedRange"/> so "Năm" merged over the year
/// columns is read as in a workbook. Header rows repeated at page breaks (tblHeader) are ordinary rows here.</summary>
internal static class DocxTable
{
    /// <summary>Grid columns the table occupies: the widest row, counting cells skipped before and after it.</summary>
    public static int Width(Table table) => Rows(table).Select(RowWidth).DefaultIfEmpty(0).Max();

    /// <summary>Appends the table's rows to <paramref name="rows"/> and its merged ranges to <paramref name="merges"/>,
    /// row numbers continuing from the rows already there.</summary>
    public static void AppendTo(Table table, List<object?[]> rows, List<MergedRange> merges)
    {
        var width = Width(table);
        var open = new Dictionary<int, MergedRange>(); // vertical merges still running, by first column
        foreach (var tr in Rows(table))
        {
            var row = rows.Count;
            var values = new object?[width];
            var column = GridValue(tr.TableRowProperties?.GetFirstChild<GridBefore>()?.Val);
            foreach (var tc in Flatten<TableCell>(tr))
            {
                var span = Math.Max(1, GridValue(tc.TableCellProperties?.GridSpan?.Val));
                var last = Math.Min(column + span, width) - 1;
                var vMerge = tc.TableCellProperties?.VerticalMerge;
                if (vMerge is not null && vMerge.Val?.Value != MergedCellValues.Restart && open.TryGetValue(column, out var above))
                    open[column] = above with { ToRow = row };
                else if (!IsHorizontalContinuation(tc) && column < width)
                {
                    foreach (var started in open.Keys.Where(c => c >= column && c <= last).ToList()) Close(open, started, merges);
                    var text = DocxText.Cell(tc);
                    values[column] = text.Length == 0 ? null : text;
                    var range = new MergedRange(row, column, row, last);
                    if (vMerge is not null) open[column] = range;
                    else if (last > column) merges.Add(range);
                }
                column += span;
            }
            rows.Add(values);
        }
        foreach (var started in open.Keys.ToList()) Close(open, started, merges);
    }

    static void Close(Dictionary<int, MergedRange> open, int column, List<MergedRange> merges)
    {
        var range = open[column];
        open.Remove(column);
        if (range.ToRow > range.FromRow || range.ToColumn > range.FromColumn) merges.Add(range);
    }

    // Word 95's way of merging across: continuation cells marked hMerge, each one grid column wide.
    static bool IsHorizontalContinuation(TableCell tc) =>
        tc.TableCellProperties?.HorizontalMerge is { } h && h.Val?.Value != MergedCellValues.Restart;

    static int RowWidth(TableRow tr) =>
        GridValue(tr.TableRowProperties?.GetFirstChild<GridBefore>()?.Val)
        + Flatten<TableCell>(tr).Sum(tc => Math.Max(1, GridValue(tc.TableCellProperties?.GridSpan?.Val)))
        + GridValue(tr.TableRowProperties?.GetFirstChild<GridAfter>()?.Val);

    static int GridValue(Int32Value? value) => value?.Value is int n and > 0 ? n : 0;

    static IEnumerable<TableRow> Rows(Table table) => Flatten<TableRow>(table);

    /// <summary>The rows of a table or the cells of a row, including those wrapped in content controls or custom XML.</summary>
    static IEnumerable<T> Flatten<T>(OpenXmlElement parent) where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T match) yield return match;
            else if (child is SdtRow or SdtContentRow or CustomXmlRow or SdtCell or SdtContentCell or CustomXmlCell)
                foreach (var inner in Flatten<T>(child)) yield return inner;
        }
    }
}
