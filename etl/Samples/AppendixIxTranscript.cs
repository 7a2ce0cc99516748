using System.Globalization;
using System.Text;
using CCHC.Etl.Templates;
using ClosedXML.Excel;

namespace CCHC.Etl.Samples;

/// <summary>The real Phụ lục IX of the province's 2025 report, typed into a workbook line for line from
/// data/sources/phu_luc_ix_2025.tsv: the page breaks' repeated headers and blank lines kept, and the document's own
/// quirk kept ("Không đạt" written under "Kết quả đạt được" with "Đánh giá" empty for seven targets). Real data,
/// so no sample marker.</summary>
public static class AppendixIxTranscript
{
    public const string FileName = "PhuLucIX_BaoCao2025_UBND_tinh_BinhDinh.xlsx";
    public const string SheetName = "Phụ lục IX";
    const int Columns = 4;

    public static void Write(string tsvPath, string outPath)
    {
        var lines = File.ReadAllLines(tsvPath, Encoding.UTF8);
        using var workbook = new XLWorkbook();
        var ws = workbook.AddWorksheet(SheetName);
        ws.Style.Font.FontName = "Times New Roman";
        ws.Style.Font.FontSize = 12;

        for (var i = 0; i < lines.Length; i++)
        {
            var row = i + 1;
            var fields = lines[i].Split('\t');
            for (var c = 0; c < fields.Length && c < Columns; c++)
            {
                if (fields[c].Length == 0) continue;
                var cell = ws.Cell(row, c + 1);
                if (c == 0 && int.TryParse(fields[c], NumberStyles.None, CultureInfo.InvariantCulture, out var stt)) cell.SetValue(stt);
                else cell.SetValue(fields[c]); // text stays text: "2011 - 2025" must not become a number
                cell.Style.Alignment.WrapText = true;
                cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            }
            if (fields.Length == 1 && fields[0].Length > 0)
            {
                // Title lines span the table, as printed.
                var range = ws.Range(row, 1, row, Columns);
                range.Merge();
                range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                range.Style.Font.Bold = !fields[0].StartsWith('(');
                range.Style.Font.Italic = fields[0].StartsWith('(');
            }
            else if (fields.Length >= Columns)
            {
                var range = ws.Range(row, 1, row, Columns);
                range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
                range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
                if (fields[0] == "STT")
                {
                    range.Style.Font.Bold = true;
                    range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                }
                else
                {
                    ws.Cell(row, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                    ws.Range(row, 3, row, 4).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                }
            }
        }
        ws.Column(1).Width = 6;
        ws.Column(2).Width = 80;
        ws.Column(3).Width = 24;
        ws.Column(4).Width = 20;
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
        WorkbookFile.Save(workbook, outPath, "Phụ lục IX – Báo cáo CCHC giai đoạn 2011-2025 của UBND tỉnh Bình Định",
            "Bản chép lại Phụ lục IX (transcript of the real document)",
            "Chép nguyên văn từ data/sources/phu_luc_ix_2025.tsv; giữ nguyên cách ghi \"Không đạt\" ở cột Kết quả đạt được.");
    }
}
