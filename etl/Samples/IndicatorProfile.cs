namespace CCHC.Etl.Samples;

/// <summary>How a sample indicator moves over 2015–2020. District sizes scale levels by the unit's size factor
/// raised to <see cref="Exponent"/> (0: every district alike, as for the number of district-level procedures).</summary>
internal abstract record IndicatorProfile
{
    /// <summary>Before this year the row is left empty, as for systems that did not exist yet.</summary>
    public int? FromYear { get; init; }
    public double Exponent { get; init; } = 1;
}

/// <summary>Things done during a year (documents issued, classes held): 2020 holds one quarter.</summary>
internal sealed record Flow(double Annual2015, double Growth) : IndicatorProfile;

/// <summary>Things that exist (procedures, staff, connected units): 2020 stays at its level.</summary>
internal sealed record Stock(double Level2015, double Growth) : IndicatorProfile;

/// <summary>A percentage moving from <paramref name="From"/> (2015) to <paramref name="To"/> (2019) for a plain
/// district; mountain units lag, urban ones lead.</summary>
internal sealed record Rate(double From, double To) : IndicatorProfile;

/// <summary>Yes from about <paramref name="FirstYear"/> (later in mountain units).</summary>
internal sealed record Flag(int FirstYear) : IndicatorProfile;

/// <summary>The sum of other rows (a total over its breakdown).</summary>
internal sealed record SumOf(params string[] Codes) : IndicatorProfile;

/// <summary>A share of the sum of other rows (staff present of staff allotted; complaints settled of received).</summary>
internal sealed record ShareOf(double Ratio, params string[] Codes) : IndicatorProfile;

/// <summary>Province only: the sum of the districts' values of the same row.</summary>
internal sealed record SumOfDistricts : IndicatorProfile;
