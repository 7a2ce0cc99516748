namespace CCHC.Etl.Reading;

/// <summary>An A1 cell reference of a sheet part ("C12") as a zero-based (row, column).</summary>
internal static class CellReference
{
    public static (int Row, int Column)? Parse(string? address)
    {
        if (string.IsNullOrEmpty(address)) return null;
        var column = 0;
        var i = 0;
        for (; i < address.Length && char.IsAsciiLetterUpper(address[i]); i++)
            column = column * 26 + address[i] - 'A' + 1;
        return i > 0 && i <= 3 && int.TryParse(address.AsSpan(i), out var row) && row > 0 ? (row - 1, column - 1) : null;
    }
}
