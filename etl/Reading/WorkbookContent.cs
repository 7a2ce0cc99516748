namespace CCHC.Etl.Reading;

/// <summary>Every sheet of one workbook, read into memory.</summary>
public sealed record WorkbookContent(string FileName, IReadOnlyList<SheetGrid> Sheets);

/// <summary>The file cannot be read as a workbook at all (corrupt, truncated, not a spreadsheet, over a
/// <see cref="ReadLimits">limit</see>). <see cref="Sheet"/> and <see cref="Cell"/> say where, when a place is to blame.</summary>
public sealed class WorkbookReadException(string message, Exception? inner = null, string? sheet = null, string? cell = null)
    : Exception(message, inner)
{
    public string? Sheet { get; } = sheet;
    public string? Cell { get; } = cell;

    /// <summary>A parser gave up on the bytes; its own words follow ours, for whoever repairs the file.</summary>
    public static WorkbookReadException Corrupt(Exception e) => e is ExcelDataReader.Exceptions.InvalidPasswordException
        ? PasswordProtected(e)
        : new($"Không đọc được bảng tính, tệp hỏng hoặc bị cắt cụt (corrupt or truncated workbook): {e.Message}", e);

    public static WorkbookReadException PasswordProtected(Exception? e = null) =>
        new("Tệp được đặt mật khẩu (mã hóa) nên không đọc được; hãy bỏ mật khẩu trong Excel (Tệp › Thông tin › Bảo vệ sổ làm việc " +
            "› Mã hóa bằng mật khẩu) rồi gửi lại (password-protected workbook).", e);
}
