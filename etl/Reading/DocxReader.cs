using DocumentFormat.OpenXml.Packaging;

namespace CCHC.Etl.Reading;

/// <summary>Reads a Word report (.docx) into one grid per table, named "Bảng 1", "Bảng 2"… like sheets. The lines
/// printed above a table on its page (issuer, "PHỤ LỤC 3", "(Kèm theo Báo cáo …)") become rows above it, and the
/// lines under it on the same page (place and date, signatures) rows below, so the appendix parsers find title,
/// unit and date as in a worksheet. Cell addresses are positions in that grid, as in a sheet. A table continued
/// after a page break is stored by Word as a second table: when only blank lines or page breaks separate two tables
/// of the same width, they are one grid. Tables that are no appendix (the report's header, signature blocks) become
/// grids too; nothing downstream uses a grid without an appendix title.</summary>
internal static class DocxReader
{
    /// <summary>A heading or signature block is a handful of lines; beyond this many the lines are the report's
    /// body, whose unit names and quoted decree dates must not pass for the issuer and the report date.</summary>
    const int MaxLinesAroundTable = 12;

    public static WorkbookContent Read(Stream stream, string fileName)
    {
        List<SheetGrid> grids;
        try
        {
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new WorkbookReadException("Tài liệu Word không có nội dung (Word document has no body).");
            grids = Grids(DocxFlow.Of(body));
        }
        catch (WorkbookReadException) { throw; }
        catch (Exception e)
        {
            throw new WorkbookReadException("Không đọc được tài liệu Word, tệp hỏng hoặc bị cắt cụt; hãy mở tệp gốc bằng Word hoặc LibreOffice Writer, " +
                "lưu lại thành .docx rồi gửi lại (corrupt or truncated Word document).", e);
        }
        if (grids.Count == 0)
            throw new WorkbookReadException("Tài liệu Word không có bảng nào; phụ lục phải là một bảng trong tài liệu (Word document has no table).");
        GridLimits.Check(grids);
        return new WorkbookContent(fileName, grids);
    }

    static List<SheetGrid> Grids(IEnumerable<FlowItem> flow)
    {
        var grids = new List<SheetGrid>();
        GridInProgress? current = null;
        var between = new List<FlowItem>();
        foreach (var item in flow)
        {
            if (item is not FlowItem.TableItem { Table: var table })
            {
                between.Add(item);
                continue;
            }
            var width = DocxTable.Width(table);
            if (current is not null && current.Width == width && !between.OfType<FlowItem.Line>().Any())
            {
                current.AddTable(table, width); // the same table, continued on the next page
                between.Clear();
                continue;
            }
            var (below, above) = Split(between);
            if (current is not null)
            {
                current.AddLines(below);
                grids.Add(current.ToGrid());
            }
            current = new GridInProgress($"Bảng {grids.Count + 1}");
            current.AddLines(above);
            current.AddTable(table, width);
            between.Clear();
        }
        if (current is not null)
        {
            current.AddLines(Lines(between.TakeWhile(i => i is not FlowItem.PageBreak)).Take(MaxLinesAroundTable));
            grids.Add(current.ToGrid());
        }
        return grids;
    }

    /// <summary>The lines between two tables: those before the first page break are under the earlier table, those
    /// after the last page break above the later one. With no page break between, they head the later table.</summary>
    static (IEnumerable<string> Below, IEnumerable<string> Above) Split(List<FlowItem> between)
    {
        var lastBreak = between.FindLastIndex(i => i is FlowItem.PageBreak);
        if (lastBreak < 0) return ([], Lines(between).TakeLast(MaxLinesAroundTable));
        return (Lines(between.TakeWhile(i => i is not FlowItem.PageBreak)).Take(MaxLinesAroundTable),
            Lines(between.Skip(lastBreak + 1)).TakeLast(MaxLinesAroundTable));
    }

    static IEnumerable<string> Lines(IEnumerable<FlowItem> items) => items.OfType<FlowItem.Line>().Select(l => l.Text);

    sealed class GridInProgress(string name)
    {
        readonly List<object?[]> rows = [];
        readonly List<MergedRange> merges = [];
        public int Width { get; private set; }

        public void AddLines(IEnumerable<string> lines)
        {
            foreach (var line in lines) rows.Add([line]);
        }

        public void AddTable(DocumentFormat.OpenXml.Wordprocessing.Table table, int width)
        {
            DocxTable.AppendTo(table, rows, merges);
            Width = width;
        }

        // Text only: a Word cell has no number format, and the value parser reads "1.234" and "98,7 %" as typed.
        public SheetGrid ToGrid() => new(name, rows, rows.Select(r => new string?[r.Length]).ToList(), merges);
    }
}
