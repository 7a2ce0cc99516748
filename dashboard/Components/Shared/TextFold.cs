using CCHC.Etl.Matching;

namespace CCHC.Dashboard.Components.Shared;

/// <summary>Search text the way people type Vietnamese on a keyboard without a Telex layout: "dung hen" finds
/// "đúng hẹn". Both sides are folded by the ETL's <see cref="TextKey.Fold"/> (the key labels are matched on: no case,
/// diacritics, đ or punctuation); the search is one phrase, as in Power BI's slicer search, so "dung hen" does not
/// match "xây dựng … hành chính".</summary>
public static class TextFold
{
    /// <summary>The text holds the search phrase (an empty search matches everything).</summary>
    public static bool Matches(string text, string? search) => TextKey.Fold(text).Contains(TextKey.Fold(search), StringComparison.Ordinal);
}
