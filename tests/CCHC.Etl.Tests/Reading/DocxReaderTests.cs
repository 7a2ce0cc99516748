using CCHC.Etl.Reading;
using CCHC.Etl.Tests.Builders;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CCHC.Etl.Tests.Reading;

/// <summary>How a Word document becomes grids: one per table, the lines around it as rows, merges as in a sheet.</summary>
public class DocxReaderTests
{
    static IReadOnlyList<SheetGrid> Read(DocxBuilder document)
    {
        using var dir = new TempDirectory();
        return WorkbookReader.Read(document.Save(dir.Path, "report.docx")).Sheets;
    }

    static List<string> Column(SheetGrid grid, int column) =>
        Enumerable.Range(0, grid.RowCount).Select(r => grid.Text(r, column)).ToList();

    [Fact]
    public void Lines_above_a_table_are_rows_above_it_and_a_cells_paragraphs_are_joined_by_newlines()
    {
        var grid = Read(new DocxBuilder()
            .Paragraphs("UBND HUYỆN TÂY SƠN", "", "PHỤ LỤC 3\nThống kê các chỉ tiêu")
            .Table(DocxRow.Of("STT", "Chỉ tiêu", "Năm\n2020\n(Tính đến 31/3)"))).Single();

        Assert.Equal("Bảng 1", grid.Name);
        // Blank paragraphs leave no row; a line broken with Shift+Enter is two rows, as two sheet rows would be.
        Assert.Equal(["UBND HUYỆN TÂY SƠN", "PHỤ LỤC 3", "Thống kê các chỉ tiêu", "STT"], Column(grid, 0));
        Assert.Equal("Năm\n2020\n(Tính đến 31/3)", grid.Text(3, 2));
    }

    [Fact]
    public void A_cell_spanning_columns_keeps_its_text_first_and_the_covered_columns_empty_and_merged()
    {
        var grid = Read(new DocxBuilder().Table(
            DocxRow.Of("STT", "Chỉ tiêu", DocxCell.Across("Năm", 3), "Ghi chú"),
            DocxRow.Of("", "", "2018", "2019", "2020", ""))).Single();

        Assert.Equal(["STT", "Chỉ tiêu", "Năm", "", "", "Ghi chú"], Enumerable.Range(0, 6).Select(c => grid.Text(0, c)));
        Assert.Contains(new MergedRange(0, 2, 0, 4), grid.Merges);
        Assert.Equal("Năm", grid.MergedText(0, 4));
        Assert.Equal("2020", grid.Text(1, 4));
    }

    [Fact]
    public void Cells_continuing_a_vertical_merge_are_empty_and_the_merge_is_declared()
    {
        var grid = Read(new DocxBuilder().Table(
            DocxRow.Of(DocxCell.MergedDown("STT"), DocxCell.MergedDown("Chỉ tiêu"), "Năm 2019"),
            DocxRow.Of(DocxCell.Continued, DocxCell.Continued, "(1)"),
            DocxRow.Of("1", "Số TTHC", "12"))).Single();

        Assert.Equal(["STT", "", "1"], Column(grid, 0));
        Assert.Contains(new MergedRange(0, 0, 1, 0), grid.Merges);
        Assert.Contains(new MergedRange(0, 1, 1, 1), grid.Merges);
        Assert.Equal("Chỉ tiêu", grid.MergedText(1, 1));
    }

    [Fact]
    public void A_table_continued_after_a_page_break_is_one_grid_its_repeated_header_kept_as_a_row()
    {
        var grids = Read(new DocxBuilder()
            .Paragraphs("PHỤ LỤC 8")
            .Table(DocxRow.Header("STT", "Mục tiêu", "Đánh giá"), DocxRow.Of("1", "Mục tiêu một", "Đạt"))
            .PageBreak()
            .Paragraphs("")
            .Table(DocxRow.Header("STT", "Mục tiêu", "Đánh giá"), DocxRow.Of("2", "Mục tiêu hai", "Không đạt")));

        var grid = Assert.Single(grids);
        Assert.Equal(["PHỤ LỤC 8", "STT", "1", "STT", "2"], Column(grid, 0));
    }

    [Fact]
    public void A_table_of_the_same_width_under_its_own_title_is_a_grid_of_its_own()
    {
        var grids = Read(new DocxBuilder()
            .Paragraphs("PHỤ LỤC 3")
            .Table(DocxRow.Of("STT", "Chỉ tiêu", "Năm 2019"))
            .Paragraphs("PHỤ LỤC 7")
            .Table(DocxRow.Of("STT", "Chỉ tiêu", "Năm 2019")));

        Assert.Equal(["Bảng 1", "Bảng 2"], grids.Select(g => g.Name));
        Assert.Equal(["PHỤ LỤC 7", "STT"], Column(grids[1], 0));
    }

    [Fact]
    public void Only_the_lines_on_a_tables_page_head_it_and_those_under_it_on_its_page_follow_it()
    {
        var grids = Read(new DocxBuilder()
            .Paragraphs("Sở Nội vụ chủ trì, UBND huyện Hoài Ân phối hợp.")
            .PageBreak()
            .Paragraphs("UBND HUYỆN TÂY SƠN", "PHỤ LỤC 3")
            .Table(DocxRow.Of("STT", "Chỉ tiêu"))
            .Paragraphs("Tây Sơn, ngày 15 tháng 4 năm 2020")
            .PageBreak()
            .Paragraphs("Nội dung trang sau")
            .Table(DocxRow.Of("a", "b", "c")));

        Assert.Equal(["UBND HUYỆN TÂY SƠN", "PHỤ LỤC 3", "STT", "Tây Sơn, ngày 15 tháng 4 năm 2020"], Column(grids[0], 0));
        Assert.Equal(["Nội dung trang sau", "a"], Column(grids[1], 0));
    }

    [Fact]
    public void A_table_nested_in_a_cell_is_flattened_into_the_cells_text()
    {
        var inner = new Table(new TableGrid(new GridColumn(), new GridColumn()),
            new TableRow(DocxBuilder.Cell("Tỉnh"), DocxBuilder.Cell("12")),
            new TableRow(DocxBuilder.Cell("Huyện"), DocxBuilder.Cell("30")));
        var outer = new Table(new TableGrid(new GridColumn(), new GridColumn()),
            new TableRow(DocxBuilder.Cell("1"), new TableCell(new Paragraph(new Run(new Text("Số TTHC:"))), inner)));

        var grid = Read(new DocxBuilder().Table(outer)).Single();

        Assert.Equal(1, grid.RowCount);
        Assert.Equal(2, grid.ColumnCount);
        Assert.Equal("Số TTHC:\nTỉnh\n12\nHuyện\n30", grid.Text(0, 1));
    }

    [Fact]
    public void A_Word_document_renamed_xlsx_is_still_read_as_Word()
    {
        using var dir = new TempDirectory();
        var path = new DocxBuilder().Paragraphs("PHỤ LỤC 3").Table(DocxRow.Of("STT", "Chỉ tiêu")).Save(dir.Path, "PL3_TaySon.xlsx");

        var content = WorkbookReader.Read(path);

        Assert.Equal(["Bảng 1"], content.Sheets.Select(s => s.Name));
    }

    [Fact]
    public void A_workbook_renamed_docx_is_still_read_as_a_workbook()
    {
        using var dir = new TempDirectory();
        var xlsx = new WorkbookBuilder().Sheet("PL3", Appendix3.With(["1.", "Tổng số TTHC của tỉnh", 1800])).Save(dir.Path, "pl3.xlsx");
        var renamed = dir.File("pl3.docx");
        File.Move(xlsx, renamed);

        var content = WorkbookReader.Read(renamed);

        Assert.Equal(["PL3"], content.Sheets.Select(s => s.Name));
    }
}
