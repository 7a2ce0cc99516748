using CCHC.Etl.Templates;

namespace CCHC.Etl.Samples;

/// <summary>One sample workbook to write: its name, its sheets and what it exercises in the reader.</summary>
internal sealed record SampleFile(string FileName, string Title, IReadOnlyList<AppendixSheet> Sheets, string Quirks)
{
    public bool Legacy => FileName.EndsWith(".xls", StringComparison.OrdinalIgnoreCase);
}
