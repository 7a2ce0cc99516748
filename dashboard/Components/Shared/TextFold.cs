using System.Globalization;
using System.Text;

namespace CCHC.Dashboard.Components.Shared;

/// <summary>Search text the way people type Vietnamese on a keyboard without a Telex layout: "dung hen" finds
/// "đúng hẹn". Case, diacritics, đ and runs of spaces are folded away on both sides; the search is one phrase, as in
/// Power BI's slicer search, so "dung hen" does not match "xây dựng … hành chính".</summary>
public static class TextFold
{
    public static string Fold(string? text)
    {
        var decomposed = (text ?? "").Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { if (folded.Length > 0 && folded[^1] != ' ') folded.Append(' '); continue; }
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return folded.ToString().TrimEnd();
    }

    /// <summary>The text holds the search phrase (an empty search matches everything).</summary>
    public static bool Matches(string text, string? search) => Fold(text).Contains(Fold(search), StringComparison.Ordinal);
}
