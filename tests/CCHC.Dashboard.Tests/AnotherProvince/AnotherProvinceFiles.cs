using ClosedXML.Excel;

namespace CCHC.Dashboard.Tests.AnotherProvince;

/// <summary>The made-up province of this folder's catalogue (tỉnh Thử Nghiệm, 3 units, 2021–2025 with 2025 to 30/6),
/// written into a folder: the shipped catalogue with its units and years replaced by this folder's CSVs, and a
/// Phụ lục 3 workbook per unit as a clerk of that province would fill it, marked sample. Shared with the browser
/// tests (linked into their project), so both start from the same files.</summary>
public static class AnotherProvinceFiles
{
    public static readonly string[] Districts = ["991", "992", "993"];
    static readonly Dictionary<string, string> Committees = new()
    {
        ["991"] = "UBND HUYỆN SÔNG MẪU", ["992"] = "UBND HUYỆN ĐỒI MẪU", ["993"] = "UBND THÀNH PHỐ PHỐ MẪU",
    };

    /// <summary>Writes FOLDER/catalogue and FOLDER/workbooks and returns them.</summary>
    public static (string Catalogue, string Workbooks) Write(string folder)
    {
        var catalogue = Path.Combine(folder, "catalogue");
        Directory.CreateDirectory(catalogue);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "data", "catalogue"), "*.csv"))
            File.Copy(file, Path.Combine(catalogue, Path.GetFileName(file)), overwrite: true);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "tests", "CCHC.Dashboard.Tests", "AnotherProvince", "catalogue"), "*.csv"))
            File.Copy(file, Path.Combine(catalogue, Path.GetFileName(file)), overwrite: true);

        var workbooks = Path.Combine(folder, "workbooks");
        Directory.CreateDirectory(workbooks);
        foreach (var (code, i) in Districts.Select((c, i) => (c, i))) WritePhuLuc3(workbooks, code, i);
        return (catalogue, workbooks);
    }

    /// <summary>Phụ lục 3 of one unit: on-time dossiers (%) and complaints received, 2021–2025, 2025 to 30/6.</summary>
    static void WritePhuLuc3(string workbooks, string code, int n)
    {
        using var workbook = new XLWorkbook();
        var ws = workbook.AddWorksheet("PL3");
        ws.Cell(1, 1).SetValue(Committees[code]);
        ws.Cell(2, 1).SetValue("DỮ LIỆU MẪU – không phải số liệu chính thức");
        ws.Cell(3, 1).SetValue("PHỤ LỤC 3");
        ws.Cell(4, 1).SetValue("Thống kê các chỉ tiêu tại lĩnh vực cải cách thủ tục hành chính");
        ws.Cell(6, 1).SetValue("STT");
        ws.Cell(6, 2).SetValue("Chỉ tiêu");
        for (var y = 2021; y <= 2025; y++)
            ws.Cell(6, 3 + y - 2021).SetValue(y == 2025 ? "Năm 2025 (Tính đến 30/6)" : $"Năm {y}");
        ws.Cell(7, 1).SetValue("5.");
        ws.Cell(7, 2).SetValue("Kết quả giải quyết hồ sơ TTHC");
        ws.Cell(8, 1).SetValue("-");
        ws.Cell(8, 2).SetValue("Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)");
        ws.Cell(9, 1).SetValue("6.");
        ws.Cell(9, 2).SetValue("Tiếp nhận và xử lý PAKN về TTHC");
        ws.Cell(10, 1).SetValue("-");
        ws.Cell(10, 2).SetValue("Số lượng PAKN đã tiếp nhận trong năm");
        for (var y = 2021; y <= 2025; y++)
        {
            ws.Cell(8, 3 + y - 2021).SetValue(90 + n + (y - 2021));
            ws.Cell(10, 3 + y - 2021).SetValue(10 * (n + 1) + y - 2021);
        }
        ws.Cell(12, 2).SetValue($"{Committees[code][5..]}, ngày 15 tháng 7 năm 2025");
        workbook.SaveAs(Path.Combine(workbooks, $"PL3_{code}.xlsx"));
    }

    static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CCHC.Analytics.sln"))) return dir.FullName;
            throw new InvalidOperationException("Run the tests from inside the repository.");
        }
    }
}
