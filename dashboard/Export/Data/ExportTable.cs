using CCHC.Dashboard.Charts.Model;

namespace CCHC.Dashboard.Export.Data;

/// <summary>A table as it is written to CSV or XLSX: a heading block that says what it is and what it is filtered
/// by, then columns and rows. Cells are text or numbers; a null number is a value not reported, never zero.</summary>
public sealed record ExportTable(
    string Title,
    IReadOnlyList<(string Label, string Text)> Heading,
    IReadOnlyList<ExportColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>A column; <paramref name="Format"/> says how its numbers read (vi-VN in XLSX number formats).</summary>
public sealed record ExportColumn(string Name, ValueFormat? Format = null, int Width = 14);

/// <summary>A number whose format is its own rather than its column's: a heat map's row of percentages beside a
/// row of counts.</summary>
public sealed record ExportNumber(double Value, ValueFormat Format);
