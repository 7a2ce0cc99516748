using ClosedXML.Excel;
using NPOI.HPSF;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;
using NPOI.SS.Util;

namespace CCHC.Etl.Samples;

/// <summary>Saves a laid-out workbook as legacy .xls (BIFF8), as offices still running Excel 2003 send it. The layout
/// is made once with ClosedXML and copied cell by cell, so there is one layout writer, not two.</summary>
internal static class LegacyXlsWriter
{
    public static void Save(XLWorkbook source, string path, string title, string subject, string comments)
    {
        var target = new HSSFWorkbook();
        var styles = new Dictionary<(bool, bool, bool, bool, bool, string, double), ICellStyle>();
        foreach (var ws in source.Worksheets)
        {
            var sheet = target.CreateSheet(ws.Name);
            foreach (var cell in ws.CellsUsed())
            {
                var row = sheet.GetRow(cell.Address.RowNumber - 1) ?? sheet.CreateRow(cell.Address.RowNumber - 1);
                var copy = row.CreateCell(cell.Address.ColumnNumber - 1);
                if (cell.DataType == XLDataType.Number) copy.SetCellValue(cell.GetDouble());
                else copy.SetCellValue(cell.GetString());
                copy.CellStyle = StyleOf(target, styles, cell.Style);
            }
            foreach (var merged in ws.MergedRanges)
                sheet.AddMergedRegion(new CellRangeAddress(
                    merged.RangeAddress.FirstAddress.RowNumber - 1, merged.RangeAddress.LastAddress.RowNumber - 1,
                    merged.RangeAddress.FirstAddress.ColumnNumber - 1, merged.RangeAddress.LastAddress.ColumnNumber - 1));
            var lastColumn = ws.LastColumnUsed()?.ColumnNumber() ?? 0;
            for (var c = 1; c <= lastColumn; c++)
                sheet.SetColumnWidth(c - 1, (int)Math.Min(255 * 256, ws.Column(c).Width * 256));
        }

        target.CreateInformationProperties();
        var info = target.SummaryInformation;
        info.Title = title;
        info.Subject = subject;
        info.Comments = comments;
        info.Author = "CCHC Analytics";
        info.CreateDateTime = Templates.WorkbookFile.Stamp;
        info.LastSaveDateTime = Templates.WorkbookFile.Stamp;
        using var stream = File.Create(path);
        target.Write(stream);
    }

    // BIFF8 allows about 4,000 cell styles; share one per distinct look.
    static ICellStyle StyleOf(HSSFWorkbook workbook, Dictionary<(bool, bool, bool, bool, bool, string, double), ICellStyle> cache, IXLStyle style)
    {
        var red = style.Font.FontColor.HasValue && style.Font.FontColor.ColorType == XLColorType.Color && style.Font.FontColor.Color.R == 255
            && style.Font.FontColor.Color.G == 0;
        var key = (style.Font.Bold, style.Font.Italic, red, style.Alignment.WrapText,
            style.Alignment.Horizontal == XLAlignmentHorizontalValues.Center, style.NumberFormat.Format ?? "", style.Font.FontSize);
        if (cache.TryGetValue(key, out var cached)) return cached;
        var font = workbook.CreateFont();
        font.FontName = "Times New Roman";
        font.FontHeightInPoints = key.Item7;
        font.IsBold = key.Item1;
        font.IsItalic = key.Item2;
        if (red) font.Color = NPOI.HSSF.Util.HSSFColor.Red.Index;
        var created = workbook.CreateCellStyle();
        created.SetFont(font);
        created.WrapText = key.Item4;
        if (key.Item5) created.Alignment = HorizontalAlignment.Center;
        created.VerticalAlignment = VerticalAlignment.Center;
        if (key.Item6.Length > 0) created.DataFormat = workbook.CreateDataFormat().GetFormat(key.Item6);
        return cache[key] = created;
    }
}
