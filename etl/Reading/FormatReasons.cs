namespace CCHC.Etl.Reading;

/// <summary>What a clerk hears for a file format that is not read: what the file is, and how to save it so it is.</summary>
internal static class FormatReasons
{
    const string SaveAsXlsx = "mở tệp bằng Excel hoặc LibreOffice Calc, chọn Tệp › Lưu thành, kiểu \"Sổ làm việc Excel (*.xlsx)\" rồi gửi lại";

    public static WorkbookReadException BinaryWorkbook() =>
        new($"Tệp là Sổ làm việc nhị phân Excel (.xlsb), dạng này chưa đọc được; hãy {SaveAsXlsx} (Excel Binary Workbook .xlsb is not read: save as .xlsx).");

    public static WorkbookReadException OpenDocument(string fileName) =>
        SourceFormats.HasExtension(fileName, ".odt")
            ? new("Tệp là văn bản OpenDocument (.odt), dạng này chưa đọc được; trong LibreOffice Writer chọn Tệp › Lưu thành, kiểu " +
                "\"Word 2007-365 (.docx)\" rồi gửi lại (OpenDocument text: save as .docx).")
            : new("Tệp là bảng tính OpenDocument (.ods) của LibreOffice/OpenOffice, dạng này chưa đọc được; trong LibreOffice Calc chọn " +
                "Tệp › Lưu thành, kiểu \"Excel 2007-365 (.xlsx)\" rồi gửi lại (OpenDocument spreadsheet: save as .xlsx).");

    public static WorkbookReadException OldExcel() =>
        new($"Tệp Excel 2.x–4.0 (định dạng BIFF2–4, trước năm 1995) quá cũ để đọc; hãy {SaveAsXlsx} (Excel 2–4 workbook: too old, resave as .xlsx).");

    public static WorkbookReadException Pdf() =>
        new("Tệp PDF chỉ là bản in, không đọc được số liệu từ đó; hãy gửi bảng tính Excel (.xlsx) hoặc văn bản Word (.docx) của phụ lục " +
            "(a PDF holds no readable table).");

    public static WorkbookReadException Word97() =>
        new("Tệp Word 97-2003 (.doc) chưa đọc được; hãy mở bằng Word hoặc LibreOffice Writer, chọn Tệp › Lưu thành, kiểu " +
            "\"Tài liệu Word (*.docx)\" rồi gửi lại (Word 97-2003 document: save as .docx).");

    public static WorkbookReadException WpsSpreadsheet() =>
        new($"Tệp bảng tính WPS (.et) chưa đọc được; trong WPS Spreadsheets chọn Tệp › Lưu thành, kiểu \"Excel Workbook (*.xlsx)\" rồi gửi lại " +
            "(WPS spreadsheet: save as .xlsx).");
}
