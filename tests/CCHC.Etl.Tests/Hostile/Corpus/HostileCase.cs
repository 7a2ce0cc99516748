namespace CCHC.Etl.Tests.Hostile.Corpus;

/// <summary>One hostile or broken file and the answer the loader owes it. <see cref="Write"/> makes the file at the
/// path it is given, from code, the same bytes every run.</summary>
public sealed record HostileCase(string Name, string FileName, Action<string> Write, Answer Expected)
{
    public override string ToString() => Name;
}

/// <summary>What the loader must answer; <see cref="Why"/> is the rule, for the reader of a failing test.</summary>
public abstract record Answer(string Why);

/// <summary>Refused whole: one reject naming the file, the sheet and cell when one is to blame (null when none is),
/// with a reason holding every one of <see cref="Words"/>; nothing of the file in the warehouse.</summary>
public sealed record RefusedWhole(string Why, string[] Words, string? Sheet = null, string? Cell = null) : Answer(Why);

/// <summary>Loaded: exactly these facts from the file, and exactly these rejects (cell and words) beside them.</summary>
public sealed record Loaded(string Why, IReadOnlyList<ExpectedFact> Facts, IReadOnlyList<ExpectedReject> Rejects) : Answer(Why);

public sealed record ExpectedFact(string Indicator, int Year, double Value);

/// <summary>A row or cell rejected inside a loaded file; the reason holds every one of <see cref="Words"/>.</summary>
public sealed record ExpectedReject(string Sheet, string Cell, params string[] Words)
{
    /// <summary>A bound on the reason's length, where the cell's text is hostile in length.</summary>
    public int? MaxReasonChars { get; init; }
}

public static class Expect
{
    public static readonly int[] Years = [2015, 2016, 2017, 2018, 2019, 2020];

    /// <summary>One indicator's values for 2015–2020, in order; null where the year has no fact.</summary>
    public static IEnumerable<ExpectedFact> Row(string indicator, params double?[] values) =>
        values.Select((v, i) => v is { } value ? new ExpectedFact(indicator, Years[i], value) : null).OfType<ExpectedFact>();

    /// <summary>An Lão's three clean rows (<see cref="Files.Submissions.AnLaoClean"/>).</summary>
    public static IReadOnlyList<ExpectedFact> CleanFacts { get; } =
        [.. Row("PL3.1.2", 120, 121, 122, 123, 124, 125), .. Row("PL3.1.3", 300, 301, 302, 303, 304, 305), .. Row("PL3.3", 90, 91, 92, 93, 94, 95)];
}
