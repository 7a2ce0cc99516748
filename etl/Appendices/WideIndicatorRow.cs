using CCHC.Warehouse.Model;

namespace CCHC.Etl.Appendices;

/// <summary>A value cell as found, before it is coerced to a number.</summary>
public sealed record RawCell(object? Value, string? NumberFormat, string Address);

/// <summary>One matched row of an indicator table, wide: one raw cell per year column.</summary>
public sealed record WideIndicatorRow(Indicator Indicator, int Row, IReadOnlyDictionary<int, RawCell> CellsByYear);

/// <summary>An indicator table read from one appendix block, before the wide-to-long transform.</summary>
public sealed record IndicatorTable(
    TableHeader Header, int LastRow, IReadOnlyList<WideIndicatorRow> Rows, IReadOnlyList<RowReject> Rejects,
    int RowsWithValues, int UnmatchedRowsWithValues);
