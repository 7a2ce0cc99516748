using System.Globalization;
using System.Text;

namespace CCHC.Etl.Reading;

/// <summary>A merged range, zero-based and inclusive, as the workbook declares it.</summary>
public readonly record struct MergedRange(int FromRow, int FromColumn, int ToRow, int ToColumn)
{
    public bool Contains(int row, int column) =>
        row >= FromRow && row <= ToRow && column >= FromColumn && column <= ToColumn;
}

/// <summary>One worksheet read into memory: values, their number formats and the merged ranges.
/// Rows and columns are zero-based; <see cref="Address"/> turns them into the A1 form clerks see.</summary>
public sealed class SheetGrid(string name, IReadOnlyList<object?[]> rows, IReadOnlyList<string?[]> formats, IReadOnlyList<MergedRange> merges)
{
    public string Name { get; } = name;
    public int RowCount => rows.Count;
    public int ColumnCount { get; } = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
    public IReadOnlyList<MergedRange> Merges { get; } = merges;

    public object? Value(int row, int column) =>
        row < rows.Count && column < rows[row].Length ? rows[row][column] : null;

    public string? NumberFormat(int row, int column) =>
        row < formats.Count && column < formats[row].Length ? formats[row][column] : null;

    /// <summary>The cell as text: NFC-normalised (clerks paste decomposed Vietnamese from PDFs), trimmed.</summary>
    public string Text(int row, int column) => TextOf(Value(row, column));

    Dictionary<(int Row, int Column), (int Row, int Column)>? mergedCells;

    /// <summary>The text of the merged range's top-left cell when the cell lies inside a merge, else its own.</summary>
    public string MergedText(int row, int column)
    {
        // Indexed once: headers ask for every cell of a row, and a sheet may declare thousands of merges.
        mergedCells ??= IndexMerges();
        return mergedCells.TryGetValue((row, column), out var top) ? Text(top.Row, top.Column) : Text(row, column);
    }

    Dictionary<(int, int), (int, int)> IndexMerges()
    {
        var index = new Dictionary<(int, int), (int, int)>();
        foreach (var m in Merges)
            for (var r = Math.Max(0, m.FromRow); r <= Math.Min(m.ToRow, RowCount - 1); r++)
                for (var c = Math.Max(0, m.FromColumn); c <= Math.Min(m.ToColumn, ColumnCount - 1); c++)
                    index.TryAdd((r, c), (m.FromRow, m.FromColumn));
        return index;
    }

    /// <summary>The same sheet with each text cell replaced by <paramref name="map"/>(row, column, text); numbers,
    /// formats and merges stay as they are.</summary>
    public SheetGrid MapText(Func<int, int, string, string> map)
    {
        var mapped = new List<object?[]>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = (object?[])rows[r].Clone();
            for (var c = 0; c < row.Length; c++)
                if (row[c] is string text) row[c] = map(r, c, text);
            mapped.Add(row);
        }
        return new SheetGrid(Name, mapped, formats, Merges);
    }

    public bool IsRowEmpty(int row)
    {
        for (var c = 0; c < ColumnCount; c++)
            if (Text(row, c).Length > 0) return false;
        return true;
    }

    public static string TextOf(object? value) => value switch
    {
        null => "",
        string s => s.Normalize(NormalizationForm.FormC).Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };

    public static string Address(int row, int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
            letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + (row + 1).ToString(CultureInfo.InvariantCulture);
    }
}
