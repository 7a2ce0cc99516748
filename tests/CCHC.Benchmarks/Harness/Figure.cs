namespace CCHC.Benchmarks.Harness;

/// <summary>One line of the results: what was measured, the figure, what it is set beside, and the target it is held
/// to (met or not, when there is one).</summary>
/// <param name="Actual">The number the target judges, in the target's unit.</param>
sealed record Figure(string Measure, string Value, string Reference = "", Target? Target = null, double? Actual = null)
{
    public bool? Met => Target is null || Actual is null || double.IsNaN(Actual.Value) ? null : Target.IsMet(Actual.Value);

    /// <summary>A measurement that could not be taken, and why.</summary>
    public static Figure Skipped(string measure, string why, Target? target = null) => new(measure, "not measured", why, target);
}

/// <summary>A goal from the issue, as printed beside the figure.</summary>
sealed record Target(string Text, Func<double, bool> IsMet)
{
    public static Target Below(double limit, string unit, string? what = null) =>
        new($"< {Show.Number(limit)} {unit}{(what is null ? "" : " " + what)}", v => v < limit);

    public static Target AtMost(double ratio, string of) => new($"≤ {Show.Number(ratio)}× {of}", v => v <= ratio);

    public static Target AtLeast(double ratio, string what) => new($"≥ {Show.Number(ratio)}× {what}", v => v >= ratio);

    public static Target Exactly(double value, string what) => new($"{Show.Number(value)} {what}", v => v == value);
}
