namespace CCHC.Etl.Appendices;

/// <summary>A text cell outside the table (issuer line, title, attachment line, place and date, notes).</summary>
public sealed record NarrativeCell(int Row, string Address, string Text, object? Value);
