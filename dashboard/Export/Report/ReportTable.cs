namespace CCHC.Dashboard.Export.Report;

/// <summary>A table of the report as Word draws it: header rows (repeated at each page break), body rows, and
/// where its values come from. Cells are text already in vi-VN form; the writer only lays them out.</summary>
/// <param name="Caption">Above the table: "Phụ lục 4, mục II. …"; null when the heading above says it all.</param>
/// <param name="SourceNote">Under the table: "Nguồn: …" (files, and where the annex lists every cell).</param>
public sealed record ReportTable(
    string? Caption,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<IReadOnlyList<HeaderCell>> Header,
    IReadOnlyList<ReportRow> Rows,
    string SourceNote,
    bool IsSample);

/// <param name="Width">Share of the text width, in twentieths of a point (dxa), as Word counts table grids.</param>
/// <param name="Numeric">Values right-aligned, as figures are read down a column.</param>
/// <param name="Centered">Short values of a few kinds (STT, "Đạt"/"Không đạt") centred, as the seed prints them.</param>
public sealed record ReportColumn(int Width, bool Numeric, bool Centered = false);

/// <param name="Span">Columns the header cell covers (a sector over its owners in Phụ lục 4, mục III).</param>
/// <param name="Rows">Header rows the cell stands on; the rows below hold a <see cref="Below"/> in its place.</param>
public sealed record HeaderCell(string Text, int Span = 1, int Rows = 1)
{
    /// <summary>The place under a cell of several header rows.</summary>
    public static HeaderCell Below { get; } = new("", Rows: 0);
}

/// <summary>Bold rows are the appendix's numbered rows; shaded rows are group headings that carry no value.</summary>
public sealed record ReportRow(IReadOnlyList<string> Cells, bool Bold = false, bool Shaded = false);
