using System.Text;
using CCHC.Etl.Tests.Hostile.Files;
using static CCHC.Etl.Tests.Hostile.Files.Submissions;

namespace CCHC.Etl.Tests.Hostile.Corpus;

/// <summary>Files that are not workbooks, or no longer are: each refused whole, by name, with words a clerk can act on
/// (send it again, save it as .xlsx, take the password off).</summary>
public static class BrokenFiles
{
    static readonly string[] Corrupt = ["hỏng", "corrupt"];
    static readonly string[] NotAWorkbook = ["không phải bảng tính Excel", "not an Excel workbook"];

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        new("truncated_xlsx", "PL3_AnLao_truncated.xlsx",
            path => { Xlsx(path, AnLaoClean()); ByteSurgery.Truncate(path, 0.5); },
            new RefusedWhole("A download cut in half has no zip directory: corrupt, nothing of it read.", [.. Corrupt, "truncated"])),

        new("corrupt_zip", "PL3_AnLao_corrupt.xlsx",
            path => { Xlsx(path, AnLaoClean()); ByteSurgery.GarbleEntry(path, "xl/worksheets/sheet1.xml"); },
            new RefusedWhole("Headers intact, the sheet's compressed bytes garbled: the inflater fails, the file is corrupt.", Corrupt)),

        new("random_bytes", "PL3_AnLao_random.xlsx",
            path => File.WriteAllBytes(path, Seeded(4096)),
            new RefusedWhole("Neither zip nor OLE by its first bytes, whatever its name says.", NotAWorkbook)),

        new("csv_renamed", "PL3_AnLao_csv.xlsx",
            path => File.WriteAllText(path, "STT,Chỉ tiêu,Năm 2015,Năm 2016\n1.,Tổng số TTHC của tỉnh,,\n-,Số lượng TTHC cấp huyện,120,121\n", Encoding.UTF8),
            new RefusedWhole("A CSV export renamed .xlsx: told from its bytes, not read as a workbook.", NotAWorkbook)),

        new("html_renamed", "PL3_AnLao_web.xlsx",
            path => File.WriteAllText(path, "<html><body><table><tr><td>PHỤ LỤC 3</td></tr><tr><td>STT</td><td>Chỉ tiêu</td></tr></table>" +
                "<script>alert(1)</script></body></html>", Encoding.UTF8),
            new RefusedWhole("A web page saved as .xlsx (what web systems export as \"Excel\"): not a workbook, never rendered.", NotAWorkbook)),

        new("zero_bytes", "PL3_AnLao_empty.xlsx",
            path => File.WriteAllBytes(path, []),
            new RefusedWhole("A failed upload leaves 0 bytes: empty.", ["rỗng", "empty or truncated file"])),

        new("truncated_xls", "PL3_AnLao_truncated.xls",
            path => { Xls(path, AnLaoClean()); ByteSurgery.Truncate(path, 0.5); },
            new RefusedWhole("A legacy .xls cut in half: its directory declares streams the file no longer holds.", Corrupt)),

        new("password_protected", "PL3_AnLao_matkhau.xlsx",
            path =>
            {
                var plain = path + ".plain.xlsx";
                Xlsx(plain, AnLaoClean());
                EncryptedWorkbook.Write(plain, path, "MatKhau@2020");
                File.Delete(plain);
            },
            new RefusedWhole("Encrypted with a password (an OLE file holding EncryptedPackage): the clerk must remove the password; " +
                "never reported as corrupt, never guessed at.", ["mật khẩu", "password-protected"])),

        new("ole_difat_loop", "PL3_AnLao_difat.xls",
            path => { Xls(path, AnLaoClean()); ByteSurgery.DifatLoop(path); },
            new RefusedWhole("An OLE header claiming two billion DIFAT sectors that loop on themselves: refused from the header, " +
                "before ExcelDataReader would loop and allocate until the process died.", [.. Corrupt, "DIFAT", "more sectors than the file holds"])),
    ];

    static byte[] Seeded(int length)
    {
        var bytes = new byte[length];
        new Random(42).NextBytes(bytes);
        bytes[0] = (byte)'x'; // never "PK" or the OLE signature by chance
        return bytes;
    }
}
