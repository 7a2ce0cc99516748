using CCHC.Etl.Tests.Builders;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;

namespace CCHC.Etl.Tests.Hostile.Files;

/// <summary>The workbooks the corpus starts from: Tây Sơn's good Phụ lục 3, which every hostile file is loaded beside,
/// and An Lão's, which each case spoils its own way. Two units, so the good file never supersedes a hostile one.</summary>
public static class Submissions
{
    public const string GoodFileName = "zz_PL3_TaySon_good.xlsx";
    public const int GoodFacts = 6;

    public static string Good(string directory) => new WorkbookBuilder().Sheet("PL3", Appendix3.With(
        ["1.", "Tổng số TTHC của tỉnh", null],
        ["-", "Số lượng TTHC cấp huyện", 250, 260, 270, 280, 290, 300])).Save(directory, GoodFileName);

    /// <summary>An Lão's Phụ lục 3: title in A3, header in row 6, then these rows from row 7.</summary>
    public static object?[][] AnLao(params object?[][] rows) => [.. Appendix3.Top("UBND HUYỆN AN LÃO"), .. rows];

    /// <summary>A clean An Lão Phụ lục 3, three rows of values (C8:H10), then <paramref name="more"/> from row 11.
    /// Three good rows keep a case's one or two spoilt rows a minority: a table mostly unmatched is taken for a
    /// mislabelled appendix and refused whole.</summary>
    public static object?[][] AnLaoClean(params object?[][] more) => AnLao([
        ["1.", "Tổng số TTHC của tỉnh", null],
        ["-", "Số lượng TTHC cấp huyện", 120, 121, 122, 123, 124, 125],
        ["-", "Số lượng TTHC cấp xã", 300, 301, 302, 303, 304, 305],
        ["3.", "Số lượng thủ tục hành chính được công khai đầy đủ, đúng quy định trên Cổng/ Trang Thông tin điện tử", 90, 91, 92, 93, 94, 95],
        .. more]);

    public static string Xlsx(string path, object?[][] rows) =>
        new WorkbookBuilder().Sheet("PL3", rows).Save(Path.GetDirectoryName(path)!, Path.GetFileName(path));

    /// <summary>The same rows as a legacy .xls (BIFF8), as NPOI writes it; a <see cref="FormulaCell"/> here is a
    /// formula whose cached result is the error named by its text.</summary>
    public static string Xls(string path, object?[][] rows)
    {
        var workbook = new HSSFWorkbook();
        var sheet = workbook.CreateSheet("PL3");
        for (var r = 0; r < rows.Length; r++)
        {
            var row = sheet.CreateRow(r);
            for (var c = 0; c < rows[r].Length; c++)
                switch (rows[r][c])
                {
                    case null: break;
                    case int i: row.CreateCell(c).SetCellValue(i); break;
                    case double d: row.CreateCell(c).SetCellValue(d); break;
                    case ErrorCell e: row.CreateCell(c).SetCellErrorValue(FormulaError.ForString(e.Code).Code); break;
                    case FormulaCell f:
                        var formula = row.CreateCell(c);
                        formula.SetCellFormula(f.Formula);
                        formula.SetCellErrorValue(FormulaError.ForString(f.CachedText).Code);
                        break;
                    case var v: row.CreateCell(c).SetCellValue(v.ToString()); break;
                }
        }
        using var file = File.Create(path);
        workbook.Write(file);
        return path;
    }
}
