using System.Text;

namespace CCHC.Etl.LegacyText;

/// <summary>TCVN3 (ABC), the 8-bit code of TCVN 5712:1993 that the .VnTime, .VnArial … fonts draw: a clerk's PC stores
/// each byte as the Windows-1252 character of that byte ("Céng hoµ" for "Cộng hoà"), so the text reads as garbage
/// anywhere but in those fonts. Decoding maps those characters back to bytes, then bytes to Unicode.</summary>
/// <remarks>The table is GNU libiconv's TCVN-5712 (lib/tcvn.h, <c>tcvn_2uni_2</c>), bytes A0–FF; glibc's iconv
/// (TCVN5712-1) agrees on every byte of it. Bytes 80–9F are not decoded: libiconv gives them the capitals of the VN1 set,
/// but the VN3 subset the ABC fonts encode has no such capitals (the ".VnTimeH" fonts draw the small letters as
/// capitals instead), and there the fonts draw the Windows punctuation a clerk typed (– “ ” …).</remarks>
public static class Tcvn3
{
    static readonly char[] FromA0 =
    [
        '\u00A0', '\u0102', '\u00C2', '\u00CA', '\u00D4', '\u01A0', '\u01AF', '\u0110',  // A0–A7
        '\u0103', '\u00E2', '\u00EA', '\u00F4', '\u01A1', '\u01B0', '\u0111', '\u1EB0',  // A8–AF
        '\u0300', '\u0309', '\u0303', '\u0301', '\u0323', '\u00E0', '\u1EA3', '\u00E3',  // B0–B7
        '\u00E1', '\u1EA1', '\u1EB2', '\u1EB1', '\u1EB3', '\u1EB5', '\u1EAF', '\u1EB4',  // B8–BF
        '\u1EAE', '\u1EA6', '\u1EA8', '\u1EAA', '\u1EA4', '\u1EC0', '\u1EB7', '\u1EA7',  // C0–C7
        '\u1EA9', '\u1EAB', '\u1EA5', '\u1EAD', '\u00E8', '\u1EC2', '\u1EBB', '\u1EBD',  // C8–CF
        '\u00E9', '\u1EB9', '\u1EC1', '\u1EC3', '\u1EC5', '\u1EBF', '\u1EC7', '\u00EC',  // D0–D7
        '\u1EC9', '\u1EC4', '\u1EBE', '\u1ED2', '\u0129', '\u00ED', '\u1ECB', '\u00F2',  // D8–DF
        '\u1ED4', '\u1ECF', '\u00F5', '\u00F3', '\u1ECD', '\u1ED3', '\u1ED5', '\u1ED7',  // E0–E7
        '\u1ED1', '\u1ED9', '\u1EDD', '\u1EDF', '\u1EE1', '\u1EDB', '\u1EE3', '\u00F9',  // E8–EF
        '\u1ED6', '\u1EE7', '\u0169', '\u00FA', '\u1EE5', '\u1EEB', '\u1EED', '\u1EEF',  // F0–F7
        '\u1EE9', '\u1EF1', '\u1EF3', '\u1EF7', '\u1EF9', '\u00FD', '\u1EF5', '\u1ED0',  // F8–FF
    ];

    /// <summary>The text as Unicode (NFC), or null when it cannot be TCVN3: it holds a character no Windows-1252 byte
    /// gives (a real "ộ"), so it was typed in Unicode.</summary>
    public static string? Decode(string text)
    {
        if (!Windows1252.Holds(text)) return null;
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
            sb.Append(ch is >= '\u00A0' and <= '\u00FF' ? FromA0[ch - 0xA0] : ch);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>How strongly the text looks like TCVN3: the Latin-1 symbols (¸ µ · ® § ¬ ­ ª © « …) that stand inside a
    /// word, where Unicode Vietnamese never has them.</summary>
    public static int Evidence(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] is >= '\u00A1' and <= '\u00BF' && (IsLetterAt(text, i - 1) || IsLetterAt(text, i + 1)))
                count++;
        return count;
    }

    static bool IsLetterAt(string text, int i) => i >= 0 && i < text.Length && char.IsLetter(text[i]);
}
