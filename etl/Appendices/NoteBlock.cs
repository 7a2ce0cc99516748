using CCHC.Etl.Matching;

namespace CCHC.Etl.Appendices;

/// <summary>The notes a template prints under its table: "Ghi chú:" (or "Chú thích", "Lưu ý") and the lines below it in
/// that column, and any line that starts as a list item ("- Sở Thông tin và Truyền thông thống kê …"). They describe the
/// form, not the report: Phụ lục 7's note names three departments, whichever one fills it in.</summary>
public static class NoteBlock
{
    static readonly string[] Headings = ["ghi chu", "chu thich", "luu y", "chu y", "ghi chu chung"];

    public static IReadOnlyList<NarrativeCell> Without(IReadOnlyList<NarrativeCell> cells)
    {
        var noteColumns = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<NarrativeCell>();
        foreach (var cell in cells.OrderBy(c => c.Row))
        {
            var column = ColumnOf(cell.Address);
            if (IsHeading(cell.Text)) { noteColumns.Add(column); continue; }
            if (noteColumns.Contains(column) || IsListItem(cell.Text)) continue;
            kept.Add(cell);
        }
        return kept;
    }

    /// <summary>"- Sở …", "+ …", "* …", "• …": a list item of a note, never an issuer line.</summary>
    public static bool IsListItem(string text) => text.Length > 1 && text[0] is '-' or '+' or '*' or '•' or '–' or '—';

    static bool IsHeading(string text)
    {
        var folded = TextKey.Fold(text);
        return Headings.Any(h => folded == h || folded.StartsWith(h + " ", StringComparison.Ordinal));
    }

    static string ColumnOf(string address) => new([.. address.TakeWhile(char.IsAsciiLetter)]);
}
