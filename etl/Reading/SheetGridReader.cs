using ExcelDataReader;
using static CCHC.Etl.Reading.ReadLimits;

namespace CCHC.Etl.Reading;

/// <summary>Reads the sheets of one workbook, one row at a time, into <see cref="SheetGrid"/>s within the
/// <see cref="ReadLimits"/>. Reading stops at the first row, column or cell past a limit, so a sheet of a million rows
/// costs what one of twenty thousand does, and the reason names the sheet and the cell. Empty rows after the last value
/// (formatting a clerk dragged down the sheet) are not kept.</summary>
internal sealed class SheetGridReader(FormulaErrors formulaErrors)
{
    int sheets;
    long cells;

    public SheetGrid Read(IExcelDataReader reader)
    {
        var name = reader.Name ?? "";
        if (++sheets > MaxSheets)
            throw GridLimits.TooManySheets(name);
        // ExcelDataReader sizes every row to the widest; refusing before the first row spares clearing that width per row.
        if (reader.FieldCount > MaxColumns)
            throw GridLimits.TooWide(name, reader.FieldCount);

        var errors = formulaErrors.Of(name);
        // A column holding nothing but an error is left out of FieldCount, as if empty.
        var width = Math.Min(MaxColumns, Math.Max(reader.FieldCount, errors is null || errors.Count == 0 ? 0 : errors.Keys.Max(k => k.Column) + 1));
        var values = new object?[width];
        var rows = new List<object?[]>();
        var formats = new List<string?[]>();
        var row = -1;
        while (reader.Read())
        {
            row++;
            var last = -1;
            for (var c = 0; c < width; c++)
            {
                values[c] = Visible(c < reader.FieldCount ? reader.GetValue(c) : null)
                    ?? (errors is not null && errors.TryGetValue((row, c), out var error) ? error : null);
                if (values[c] is null) continue;
                last = c;
                if (values[c] is string { Length: > MaxCellChars } text) throw GridLimits.CellTooLong(name, row, c, text.Length);
            }
            if (last < 0) continue;
            if (row >= MaxRows) throw GridLimits.TooManyRows(name, row, Array.FindIndex(values, v => v is not null));
            cells += last + 1;
            if (cells > MaxCells) throw GridLimits.TooManyCells(name, row, Array.FindIndex(values, v => v is not null));

            // Rows between values stay (as empty rows) so that row numbers still match the sheet's.
            while (rows.Count < row) { rows.Add([]); formats.Add([]); }
            var kept = values[..(last + 1)];
            var rowFormats = new string?[last + 1];
            for (var c = 0; c <= last; c++)
                if (kept[c] is double or int or long or float or decimal)
                    rowFormats[c] = reader.GetNumberFormatString(c);
            rows.Add(kept);
            formats.Add(rowFormats);
        }
        var merges = reader.MergeCells?.Select(m => new MergedRange(m.FromRow, m.FromColumn, m.ToRow, m.ToColumn)).ToList() ?? [];
        var grid = new SheetGrid(name, rows, formats, merges);
        if (MergedArea(grid) > MaxCells)
            throw new WorkbookReadException($"Trang tính \"{name}\" có {Show(merges.Count)} vùng gộp ô phủ hơn {Show(MaxCells)} ô, quá giới hạn " +
                "(too many merged cells).", sheet: name);
        return grid;
    }

    // What SheetGrid's merge index will hold: merges clipped to the cells that exist, overlaps counted twice.
    static long MergedArea(SheetGrid grid) => grid.Merges.Sum(m =>
        (long)Math.Max(0, Math.Min(m.ToRow, grid.RowCount - 1) - m.FromRow + 1) * Math.Max(0, Math.Min(m.ToColumn, grid.ColumnCount - 1) - m.FromColumn + 1));

    // Control characters (NUL, BEL, ESC, pasted from PDFs and web systems) are invisible in Excel: dropped, the cell
    // reads as the clerk saw it, and no NUL travels on to DuckDB or a browser.
    static object? Visible(object? value)
    {
        if (value is not string text || !text.Any(IsControl)) return value;
        var visible = string.Concat(text.Where(ch => !IsControl(ch)));
        return visible.Length == 0 ? null : visible;
    }

    static bool IsControl(char ch) => ch is < ' ' and not ('\t' or '\n' or '\r') or '\u007F';
}
