namespace CCHC.Dashboard.Security;

/// <summary>Text a client chose (a user name typed at sign-in, an uploaded file's name) made safe for a log line:
/// control characters (CR, LF, tab, ESC) shown as \uXXXX so a name cannot end one log line and forge the next,
/// and cut at a length no real name reaches.</summary>
public static class LogText
{
    const int MaxLength = 100;

    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new System.Text.StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text.Length > MaxLength ? text[..MaxLength] : text)
            if (char.IsControl(c) || c is '\u2028' or '\u2029') builder.Append($"\\u{(int)c:X4}");
            else builder.Append(c);
        if (text.Length > MaxLength) builder.Append('…');
        return builder.ToString();
    }
}
