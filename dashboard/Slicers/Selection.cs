using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace CCHC.Dashboard.Slicers;

/// <summary>What the user has sliced the data by, in the Power BI manner: a year range, units, a reform area, an
/// indicator, whether the first-quarter 2020 column counts. It lives in the URL query, so a link reproduces the view.</summary>
public sealed record Selection
{
    public const int FirstYear = 2015;
    public const int LastYear = 2020;
    /// <summary>The 2020 column is "tính đến 31/3": only the first quarter.</summary>
    public const int PartialYear = 2020;

    public int FromYear { get; init; } = FirstYear;
    public int ToYear { get; init; } = LastYear;
    public IReadOnlyList<string> Units { get; init; } = [];
    public string? Area { get; init; }
    public string? Indicator { get; init; }
    public bool IncludePartial { get; init; } = true;
    public string? Programme { get; init; }
    /// <summary>The unit a click picked out (Power BI's cross-highlight): drawn marked on every chart, the others
    /// dimmed, nothing filtered out and no scale changed. The unit slicer (<see cref="Units"/>) is what filters.</summary>
    public string? Highlight { get; init; }
    /// <summary>The ranking's order: null from highest to lowest, "asc" lowest first, "name" by unit name.</summary>
    public string? Sort { get; init; }

    public static readonly IReadOnlyList<string> Sorts = ["asc", "name"];

    public static Selection Default { get; } = new();

    public bool IsDefault => this == Default;

    /// <summary>The last year drawn: 2020 only when the first-quarter column is included.</summary>
    public int EffectiveToYear => IncludePartial ? ToYear : Math.Min(ToYear, PartialYear - 1);

    public bool HasUnit(string code) => Units.Contains(code);

    public Selection ToggleUnit(string code) =>
        this with { Units = HasUnit(code) ? Units.Where(u => u != code).ToList() : [.. Units, code] };

    /// <summary>What every page shares when the user moves on through the menu (Power BI's synced slicers): years,
    /// units, area, indicator and the Q1/2020 toggle; a page's own choices (what is picked out, the ranking's order,
    /// the targets' programme) stay behind.</summary>
    public Selection Shared => this with { Highlight = null, Sort = null, Programme = null };

    /// <summary>A click on a unit: picks it out, or lets it go when it was the one picked.</summary>
    public Selection ToggleHighlight(string code) => this with { Highlight = Highlight == code ? null : code };

    /// <summary>The units drawn marked: the one picked out by a click and those chosen on the unit slicer.</summary>
    public IReadOnlyList<string> Marked => Highlight is null || Units.Contains(Highlight) ? Units : [.. Units, Highlight];

    /// <summary>Reads the query string: from, to, units (comma list), area, indicator, q1 (0 leaves out 2020 Q1), programme,
    /// highlight (a unit code), sort.
    /// Anything unreadable falls back to the default rather than failing the page.</summary>
    public static Selection FromQuery(string? query)
    {
        var q = QueryHelpers.ParseQuery(query ?? "");
        string? Get(string key) => q.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;
        int Year(string key, int fallback) =>
            int.TryParse(Get(key), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= FirstYear and <= LastYear ? y : fallback;

        var from = Year("from", FirstYear);
        var to = Year("to", LastYear);
        if (from > to) (from, to) = (to, from);
        return new Selection
        {
            FromYear = from,
            ToYear = to,
            Units = (Get("units") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(IsCode).Distinct().ToList(),
            Area = Code(Get("area")),
            Indicator = Code(Get("indicator")),
            IncludePartial = Get("q1") != "0",
            Programme = Get("programme") is "2011-2020" or "2011-2025" ? Get("programme") : null,
            Highlight = Code(Get("highlight")),
            Sort = Get("sort") is { } sort && Sorts.Contains(sort) ? sort : null,
        };
    }

    public string ToQuery()
    {
        var parts = new List<string>();
        if (FromYear != FirstYear) parts.Add($"from={FromYear}");
        if (ToYear != LastYear) parts.Add($"to={ToYear}");
        if (Units.Count > 0) parts.Add("units=" + Uri.EscapeDataString(string.Join(",", Units)));
        if (Area is not null) parts.Add("area=" + Uri.EscapeDataString(Area));
        if (Indicator is not null) parts.Add("indicator=" + Uri.EscapeDataString(Indicator));
        if (!IncludePartial) parts.Add("q1=0");
        if (Programme is not null) parts.Add("programme=" + Programme);
        if (Highlight is not null) parts.Add("highlight=" + Uri.EscapeDataString(Highlight));
        if (Sort is not null) parts.Add("sort=" + Sort);
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    public string ToUrl(string path) => path + ToQuery();

    // Codes come from the URL, so only the shapes the catalogue uses get through (PL3.5.2, 547, TTHC).
    static bool IsCode(string s) => s.Length is > 0 and <= 20 && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');
    static string? Code(string? s) => s is not null && IsCode(s) ? s : null;

    public bool Equals(Selection? other) =>
        other is not null && FromYear == other.FromYear && ToYear == other.ToYear && Units.SequenceEqual(other.Units)
        && Area == other.Area && Indicator == other.Indicator && IncludePartial == other.IncludePartial && Programme == other.Programme
        && Highlight == other.Highlight && Sort == other.Sort;

    public override int GetHashCode() => HashCode.Combine(FromYear, ToYear, string.Join(",", Units), Area, Indicator, IncludePartial, Programme, Highlight);
}
