using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CCHC.Etl.Matching;

/// <summary>Folds a label to the key the catalogue is matched on: no case, no diacritics, no punctuation,
/// single spaces. Diacritics go because clerks type "hoá" or "hóa", "thuỷ" or "thủy", and sometimes none at all.</summary>
public static partial class TextKey
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            var c = char.ToLowerInvariant(ch);
            if (c == 'đ') c = 'd';
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return Spaces().Replace(sb.ToString(), " ").Trim();
    }

    /// <summary>The folded label without its leading numbering ("1.", "2)", "a)", "-", "+", "IV.").</summary>
    public static string Label(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var stripped = Numbering().Replace(text.Trim(), "");
        return Fold(stripped);
    }

    /// <summary>Splits file names such as "PL3_TaySon" or "phu-luc-5-quy-nhon" into words before folding.</summary>
    public static string FoldFileName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        name = CamelBoundary().Replace(name, "$1 $2");
        name = LetterDigitBoundary().Replace(name, "$1 $2");
        return Fold(name);
    }

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words (both folded).</summary>
    public static bool ContainsWords(string text, string phrase) =>
        phrase.Length > 0 && $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:(?:\d+(?:\.\d+)*[\.\)]?|[IVXivx]+[\.\)]|[a-zđA-ZĐ]\)|[-–—+•*])\s*)+(?=\S)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"(\p{Ll})(\p{Lu})")]
    private static partial Regex CamelBoundary();

    [GeneratedRegex(@"(\p{L})(\d)")]
    private static partial Regex LetterDigitBoundary();
}
