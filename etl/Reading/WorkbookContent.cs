namespace CCHC.Etl.Reading;

/// <summary>Every sheet of one workbook, read into memory.</summary>
public sealed record WorkbookContent(string FileName, IReadOnlyList<SheetGrid> Sheets);

/// <summary>The file cannot be read as a workbook at all (corrupt, truncated, not a spreadsheet).</summary>
public sealed class WorkbookReadException(string message, Exception? inner = null) : Exception(message, inner);
