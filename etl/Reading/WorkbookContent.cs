using CCHC.Warehouse.Model;

namespace CCHC.Etl.Reading;

/// <summary>Every sheet of one workbook, read into memory, and what reading it had to do (legacy text converted).</summary>
public sealed record WorkbookContent(string FileName, IReadOnlyList<SheetGrid> Sheets)
{
    public IReadOnlyList<LoadNote> Notes { get; init; } = [];
}

/// <summary>The file cannot be read as a workbook at all (corrupt, truncated, not a spreadsheet, over a
/// <see cref="ReadLimits">limit</see>). <see cref="Sheet"/> and <see cref="Cell"/> say where, when a place is to blame.</summary>
public sealed class WorkbookReadException(string message, Exception? inner = null, string? sheet = null, string? cell = null)
    : Exception(message, inner)
{
    public string? Sheet { get; } = sheet;
    public string? Cell { get; } = cell;

    /// <summary>A parser gave up on the bytes. The clerk hears what to do; the parser's own words stay with the
    /// exception (<see cref="Exception.InnerException"/>) for the administrator's log, except that a DTD is named,
    /// since no office suite writes one and the clerk should know the file is not what it claims.</summary>
    public static WorkbookReadException Corrupt(Exception e) => e switch
    {
        ExcelDataReader.Exceptions.InvalidPasswordException => PasswordProtected(e),
        System.Xml.XmlException x when x.Message.Contains("DTD", StringComparison.Ordinal) =>
            new("Không đọc được bảng tính, tệp hỏng: một phần của tệp có khai báo DTD, điều Excel và LibreOffice không bao giờ ghi; " +
                "hãy mở tệp gốc bằng Excel hoặc LibreOffice Calc, lưu lại thành .xlsx rồi gửi lại (corrupt workbook: DTD refused).", e),
        _ => new("Không đọc được bảng tính, tệp hỏng hoặc bị cắt cụt; hãy mở tệp gốc bằng Excel hoặc LibreOffice Calc, lưu lại thành .xlsx " +
            "rồi gửi lại (corrupt or truncated workbook).", e),
    };

    public static WorkbookReadException PasswordProtected(Exception? e = null) =>
        new("Tệp được đặt mật khẩu (mã hóa) nên không đọc được; hãy bỏ mật khẩu trong Excel (Tệp › Thông tin › Bảo vệ sổ làm việc " +
            "› Mã hóa bằng mật khẩu) rồi gửi lại (password-protected workbook).", e);
}
