namespace CCHC.Etl.LegacyText;

/// <summary>Whether a text could have come from 8-bit bytes on a Windows PC of the Western code page, as text typed in a
/// legacy Vietnamese font is stored: every character is one that code page 1252 gives some byte.</summary>
internal static class Windows1252
{
    // The 27 characters 1252 puts in 80–9F instead of the C1 controls.
    static readonly HashSet<char> Specials = [.. "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"];

    public static bool Holds(string text)
    {
        foreach (var ch in text)
            if (ch > '\u00FF' && !Specials.Contains(ch)) return false;
        return true;
    }

    public static bool HasHighCharacter(string text)
    {
        foreach (var ch in text)
            if (ch >= '\u00A0') return true;
        return false;
    }
}
