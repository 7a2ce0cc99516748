using System.Xml;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;

namespace CCHC.Etl.Reading;

/// <summary>The cells of a sheet as the passes that read what ExcelDataReader drops (formula errors, fonts) walk them:
/// an .xlsx sheet part's &lt;c&gt; elements with their zero-based place, or an .xls sheet's cells through NPOI, both
/// within <see cref="ReadLimits.MaxRows"/>.</summary>
internal static class SheetPartCells
{
    /// <summary>Positions the reader on each &lt;c&gt; of the part in turn and yields its place. r attributes are
    /// optional: without one a row follows the one before, a cell the one to its left.</summary>
    public static IEnumerable<(int Row, int Column)> Walk(XmlReader reader)
    {
        var (row, column) = (-1, -1);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "row")
            {
                row = int.TryParse(reader.GetAttribute("r"), out var r) ? r - 1 : row + 1;
                column = -1;
            }
            else if (reader.LocalName == "c")
            {
                (row, column) = CellReference.Parse(reader.GetAttribute("r")) ?? (row, column + 1);
                yield return (row, column);
            }
        }
    }

    /// <summary>The cells of one .xls sheet, rows past the limit left unread.</summary>
    public static IEnumerable<ICell> Of(HSSFWorkbook workbook, int sheet)
    {
        foreach (IRow row in workbook.GetSheetAt(sheet))
        {
            if (row.RowNum >= ReadLimits.MaxRows) yield break;
            foreach (var cell in row.Cells) yield return cell;
        }
    }
}
