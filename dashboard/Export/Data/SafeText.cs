namespace CCHC.Dashboard.Export.Data;

/// <summary>Text read from workbooks goes into files that spreadsheets open: a cell starting with = + - @ (or a tab
/// or carriage return) would run as a formula there, so it gets a leading apostrophe and stays text (OWASP's advice
/// against CSV injection).</summary>
public static class SafeText
{
    public static string Cell(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
