namespace CCHC.Etl.Loading;

/// <summary>Where the technical side of a refusal goes (a parser's own words, an exception no reading rule foresaw): to
/// the administrator's log, standard error, which the service's journal keeps, with file, sheet and cell. A clerk's
/// reason never carries it.</summary>
public static class AdministratorLog
{
    /// <param name="unforeseen">True for an exception of this program (its stack is logged too), false for a parser's
    /// complaint about the bytes.</param>
    public static void Report(string fileName, string? sheet, string? cell, Exception e, bool unforeseen = false) =>
        Console.Error.WriteLine($"reading '{Plain(fileName)}'{(sheet is null ? "" : $" sheet '{Plain(sheet)}'")}{(cell is null ? "" : $" at {cell}")}: " +
            (unforeseen ? e.ToString() : $"{e.GetType().Name}: {Plain(e.Message)}"));

    // A file or sheet name is the sender's text: no line break of it may start a forged log line.
    static string Plain(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
}
