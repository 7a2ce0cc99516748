using ClosedXML.Excel;

namespace CCHC.Etl.Templates;

/// <summary>The table part of an appendix sheet; the title block and the date line around it are shared.</summary>
internal interface IAppendixTable
{
    /// <summary>Columns the table spans; the title is merged across them.</summary>
    int Width { get; }

    IReadOnlyList<double> ColumnWidths { get; }

    /// <summary>Where the place-and-date line goes under the table: never in a value column, where a reader would
    /// take it for a value row without a label.</summary>
    int DateColumn { get; }

    /// <summary>Writes the table from <paramref name="row"/> and returns the first row after it.</summary>
    int Write(IXLWorksheet ws, int row);
}
