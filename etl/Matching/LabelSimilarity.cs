namespace CCHC.Etl.Matching;

/// <summary>Dice similarity over the words of two folded labels: tolerant of a dropped or added word,
/// a typo'd word, or words in a slightly different order, strict enough that a label fragment does not match.</summary>
public static class LabelSimilarity
{
    public static double Dice(string foldedA, string foldedB)
    {
        if (foldedA.Length == 0 || foldedB.Length == 0) return 0;
        if (foldedA == foldedB) return 1;
        var a = foldedA.Split(' ');
        var b = foldedB.Split(' ').ToList();
        var common = 0;
        foreach (var word in a)
        {
            var i = b.IndexOf(word);
            if (i < 0) continue;
            common++;
            b.RemoveAt(i);
        }
        return 2.0 * common / (a.Length + foldedB.Split(' ').Length);
    }
}
