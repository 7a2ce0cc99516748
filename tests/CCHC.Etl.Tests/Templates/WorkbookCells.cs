using System.Text;
using ExcelDataReader;

namespace CCHC.Etl.Tests.Templates;

/// <summary>A written workbook read back with ExcelDataReader, as the loader will read it (.xlsx and .xls alike).</summary>
internal sealed class WorkbookCells
{
    static WorkbookCells() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public required string FileName { get; init; }
    public required IReadOnlyList<SheetCells> Sheets { get; init; }

    public static WorkbookCells Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new List<SheetCells>();
        do
        {
            var rows = new List<object?[]>();
            var formats = new List<string?[]>();
            while (reader.Read())
            {
                var values = new object?[reader.FieldCount];
                var rowFormats = new string?[reader.FieldCount];
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    values[c] = reader.GetValue(c);
                    if (values[c] is double) rowFormats[c] = reader.GetNumberFormatString(c);
                }
                rows.Add(values);
                formats.Add(rowFormats);
            }
            sheets.Add(new SheetCells(reader.Name, rows, formats));
        } while (reader.NextResult());
        return new WorkbookCells { FileName = Path.GetFileName(path), Sheets = sheets };
    }
}

internal sealed class SheetCells(string name, List<object?[]> rows, List<string?[]> formats)
{
    public string Name { get; } = name;
    public int RowCount => rows.Count;

    public object? Value(int row, int column) =>
        row < rows.Count && column < rows[row].Length ? rows[row][column] : null;

    public string Text(int row, int column) => Value(row, column) switch
    {
        null => "",
        double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        var v => v.ToString()!.Trim(),
    };

    public string? Format(int row, int column) =>
        row < formats.Count && column < formats[row].Length ? formats[row][column] : null;

    public IEnumerable<(int Row, int Column, string Text)> Texts()
    {
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Length; c++)
                if (Text(r, c) is { Length: > 0 } t) yield return (r, c, t);
    }
}
