namespace CCHC.Etl.Values;

/// <summary>A value cell read for one unit of measure: a number, nothing (not reported), or a reason it is unreadable.</summary>
public readonly record struct ParsedValue(double? Value, string? Error)
{
    public static ParsedValue Empty => new(null, null);
    public static ParsedValue Of(double value) => new(value, null);
    public static ParsedValue Fail(string error) => new(null, error);
    public bool IsEmpty => Value is null && Error is null;
}
