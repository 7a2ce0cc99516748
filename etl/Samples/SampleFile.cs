using CCHC.Etl.Templates;
using CCHC.Warehouse.Model;
using ClosedXML.Excel;

namespace CCHC.Etl.Samples;

/// <summary>One sample workbook to write: its name, its sheets and what it exercises in the reader.</summary>
internal sealed record SampleFile(string FileName, string Title, IReadOnlyList<AppendixSheet> Sheets, string Quirks)
{
    public bool Legacy => FileName.EndsWith(".xls", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes the workbook into <paramref name="folder"/>, marked as sample data; returns its path.</summary>
    public string Write(Catalogue catalogue, string folder)
    {
        using var workbook = new XLWorkbook();
        foreach (var sheet in Sheets)
            AppendixSheetWriter.Write(workbook, catalogue, sheet);
        var path = Path.Combine(folder, FileName);
        if (Legacy) LegacyXlsWriter.Save(workbook, path, Title, SampleMarker.Subject, SampleMarker.Comments);
        else WorkbookFile.Save(workbook, path, Title, SampleMarker.Subject, SampleMarker.Comments);
        return path;
    }
}
