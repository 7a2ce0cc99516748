using System.Text;

namespace CCHC.Etl.LegacyText;

/// <summary>VNI Windows, the code of the VNI-Times, VNI-Helve … fonts: a Vietnamese letter is its base letter followed by
/// one mark byte (or the mark alone for i, đ, ơ, ư), each stored as the Windows-1252 character of the byte
/// ("Coäng hoøa" for "Cộng hòa").</summary>
/// <remarks>The table as VNI Software publishes it for its fonts, in the order the xvnkb keyboard driver lists it
/// (vni.h: each of A Â Ă E Ê O Ô Ơ U Ư I Y with no tone, sắc, huyền, hỏi, ngã, nặng, then Đ): tones ù ø û õ ï; with a
/// circumflex â á à å ã ä; with a breve ê é è ú ü ë; ơ = ô, ư = ö, đ = ñ; í ì æ ó ò for i; î for ỵ. Capitals take the
/// capital marks. Decoding builds base + combining marks and composes them (NFC).</remarks>
public static class VniWindows
{
    static readonly Dictionary<char, string> Tones = new()
    {
        ['ù'] = "\u0301", ['ø'] = "\u0300", ['û'] = "\u0309", ['õ'] = "\u0303", ['ï'] = "\u0323",
    };

    static readonly Dictionary<char, string> Circumflex = new()
    {
        ['â'] = "\u0302", ['á'] = "\u0302\u0301", ['à'] = "\u0302\u0300", ['å'] = "\u0302\u0309", ['ã'] = "\u0302\u0303", ['ä'] = "\u0302\u0323",
    };

    static readonly Dictionary<char, string> Breve = new()
    {
        ['ê'] = "\u0306", ['é'] = "\u0306\u0301", ['è'] = "\u0306\u0300", ['ú'] = "\u0306\u0309", ['ü'] = "\u0306\u0303", ['ë'] = "\u0306\u0323",
    };

    static readonly Dictionary<char, string> Alone = new()
    {
        ['í'] = "í", ['ì'] = "ì", ['æ'] = "ỉ", ['ó'] = "ĩ", ['ò'] = "ị", ['î'] = "ỵ", ['ñ'] = "đ", ['ô'] = "ơ", ['ö'] = "ư",
    };

    // Marks a Unicode Vietnamese text never has after a vowel: the evidence that a text is VNI.
    static readonly HashSet<char> ForeignMarks = [.. "øïäåëüûæöñîØÏÄÅËÜÛÆÖÑÎ"];

    /// <summary>The text as Unicode (NFC), or null when it cannot be VNI (it holds a character no Windows-1252 byte gives).</summary>
    public static string? Decode(string text)
    {
        if (!Windows1252.Holds(text)) return null;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var lower = char.ToLowerInvariant(ch);
            var upper = ch != lower;
            var next = i + 1 < text.Length ? char.ToLowerInvariant(text[i + 1]) : '\0';
            // ơ and ư are one byte and may take a tone after them, like a base letter.
            var (baseText, marks) = lower switch
            {
                'a' => ("a", Pick(next, Tones, Circumflex, Breve)),
                'e' or 'o' => (lower.ToString(), Pick(next, Tones, Circumflex)),
                'u' or 'y' => (lower.ToString(), Pick(next, Tones)),
                'ô' => ("ơ", Pick(next, Tones)),
                'ö' => ("ư", Pick(next, Tones)),
                _ => (null, null),
            };
            string letter;
            if (baseText is not null)
            {
                letter = (baseText + marks).Normalize(NormalizationForm.FormC);
                if (marks is not null) i++;
            }
            else if (Alone.TryGetValue(lower, out var single)) letter = single;
            else { sb.Append(ch); continue; }
            sb.Append(upper ? letter.ToUpperInvariant() : letter);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>How strongly the text looks like VNI: a vowel followed by a mark no Vietnamese letter is (ø ï ä ë …), and đ
    /// written ñ.</summary>
    public static int Evidence(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!ForeignMarks.Contains(text[i])) continue;
            var afterVowel = i > 0 && "aeouyAEOUYôöÔÖ".Contains(text[i - 1]);
            var isLetterD = text[i] is 'ñ' or 'Ñ' && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (afterVowel || isLetterD) count++;
        }
        return count;
    }

    static string? Pick(char mark, params Dictionary<char, string>[] tables)
    {
        foreach (var table in tables)
            if (table.TryGetValue(mark, out var combining)) return combining;
        return null;
    }
}
