namespace CCHC.Etl.Reading;

/// <summary>Tells the field separator from the first records. Excel writes ';' where the list separator is ';'
/// (vi-VN, whose decimal comma then appears unquoted in the values), ',' elsewhere, and tab for "Text"; it pads
/// every record to the same number of fields, so the separator is the character found the same number of times,
/// outside quotes, in the most records.</summary>
internal static class CsvSeparator
{
    static readonly char[] Candidates = [';', ',', '\t'];
    const int RecordsLooked = 30;

    public static char Detect(string text)
    {
        var counts = Count(text);
        var best = (Separator: ',', Records: 0, Fields: 0);
        foreach (var separator in Candidates)
        {
            var perRecord = counts.Select(c => c[separator]).Where(n => n > 0).ToList();
            if (perRecord.Count == 0) continue;
            var mode = perRecord.GroupBy(n => n).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
            if ((mode.Count(), mode.Key).CompareTo((best.Records, best.Fields)) > 0)
                best = (separator, mode.Count(), mode.Key);
        }
        return best.Separator;
    }

    /// <summary>How often each candidate occurs outside quotes in each of the first records.</summary>
    static List<Dictionary<char, int>> Count(string text)
    {
        var records = new List<Dictionary<char, int>>();
        var current = Candidates.ToDictionary(c => c, _ => 0);
        var quoted = false;
        foreach (var ch in text)
        {
            if (ch == '"') quoted = !quoted;
            else if (!quoted && ch == '\n')
            {
                records.Add(current);
                if (records.Count == RecordsLooked) return records;
                current = Candidates.ToDictionary(c => c, _ => 0);
            }
            else if (!quoted && current.ContainsKey(ch)) current[ch]++;
        }
        records.Add(current);
        return records;
    }
}
