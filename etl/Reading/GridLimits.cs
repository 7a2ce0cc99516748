using static CCHC.Etl.Reading.ReadLimits;

namespace CCHC.Etl.Reading;

/// <summary>
/// The <see cref="ReadLimits"/> on sheets, columns, rows, cells and cell text, with the reasons that name the sheet and
/// the cell. <see cref="SheetGridReader"/> checks them row by row while it reads an Excel sheet; a CSV export or a Word
/// report (already bounded in bytes by <see cref="ReadLimits.MaxFileBytes"/> and the package guard) is checked whole
/// with <see cref="Check"/> once its grids are built, so the same file is refused whatever format it came in.
/// </summary>
internal static class GridLimits
{
    /// <summary>Refuses the first grid, row or cell past a limit, in reading order.</summary>
    public static void Check(IReadOnlyList<SheetGrid> grids)
    {
        if (grids.Count > MaxSheets) throw TooManySheets(grids[MaxSheets].Name);
        long cells = 0;
        foreach (var grid in grids)
        {
            if (grid.ColumnCount > MaxColumns) throw TooWide(grid.Name, grid.ColumnCount);
            for (var row = 0; row < grid.RowCount; row++)
            {
                var last = -1;
                for (var column = 0; column < grid.ColumnCount; column++)
                {
                    var value = grid.Value(row, column);
                    if (value is null) continue;
                    last = column;
                    if (value is string { Length: > MaxCellChars } text) throw CellTooLong(grid.Name, row, column, text.Length);
                }
                if (last < 0) continue;
                if (row >= MaxRows) throw TooManyRows(grid.Name, row, FirstValue(grid, row));
                cells += last + 1;
                if (cells > MaxCells) throw TooManyCells(grid.Name, row, FirstValue(grid, row));
            }
        }
    }

    public static WorkbookReadException TooManySheets(string sheet) =>
        new($"Bảng tính có hơn {Show(MaxSheets)} trang tính, quá giới hạn (too many sheets).", sheet: sheet);

    /// <param name="columns">How many columns the sheet has values in.</param>
    public static WorkbookReadException TooWide(string sheet, int columns) =>
        new($"Trang tính \"{sheet}\" có dữ liệu tới cột {ColumnName(columns - 1)} (cột thứ {Show(columns)}), quá giới hạn " +
            $"{MaxColumns} cột; hãy xóa các cột thừa rồi gửi lại (sheet too wide).", sheet: sheet);

    public static WorkbookReadException CellTooLong(string sheet, int row, int column, int length) =>
        new($"Ô {SheetGrid.Address(row, column)} của trang tính \"{sheet}\" có {Show(length)} ký tự, quá giới hạn " +
            $"{Show(MaxCellChars)} ký tự một ô của Excel (cell text too long).", sheet: sheet, cell: SheetGrid.Address(row, column));

    public static WorkbookReadException TooManyRows(string sheet, int row, int column) =>
        new($"Trang tính \"{sheet}\" có dữ liệu ở dòng {Show(row + 1)}, quá giới hạn {Show(MaxRows)} dòng; hãy xóa các dòng thừa " +
            "rồi gửi lại (sheet has more rows than an appendix can; reading stopped there).", sheet: sheet, cell: SheetGrid.Address(row, column));

    public static WorkbookReadException TooManyCells(string sheet, int row, int column) =>
        new($"Bảng tính có hơn {Show(MaxCells)} ô, quá giới hạn; đọc dừng ở trang tính \"{sheet}\" dòng {Show(row + 1)} " +
            "(workbook too large).", sheet: sheet, cell: SheetGrid.Address(row, column));

    static int FirstValue(SheetGrid grid, int row)
    {
        for (var column = 0; column < grid.ColumnCount; column++)
            if (grid.Value(row, column) is not null) return column;
        return 0;
    }

    static string ColumnName(int column) => SheetGrid.Address(0, column)[..^1];
}
