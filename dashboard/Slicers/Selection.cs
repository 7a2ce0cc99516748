using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace CCHC.Dashboard.Slicers;

/// <summary>What the user has sliced the data by, in the Power BI manner: a year range, units, a reform area, an
/// indicator, whether the partial year's column (2020 to 31/3) counts. It lives in the URL query, so a link reproduces
/// the view.</summary>
/// <remarks>
/// The years the report covers are data (<see cref="ReportYears"/>, from the warehouse), so a selection holds only the
/// years the user chose; <see cref="In"/> gives it the report's years, and until then only a chosen year can be read.
/// A chosen year outside the report's range falls back to the range's end; the report's own ends are not "chosen"
/// (they stay out of the URL). <see cref="Years"/> is context, not choice: equality and the URL leave it out.
/// </remarks>
public sealed record Selection
{
    int? from, to;

    /// <summary>The report's years; null until <see cref="In"/> gives them.</summary>
    public ReportYears? Years { get; init; }

    public int FromYear { get => ChosenFrom ?? Report.First; init => from = value; }
    public int ToYear { get => ChosenTo ?? Report.Last; init => to = value; }
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

    /// <summary>The last year drawn: the partial year (2020) only when its column is included.</summary>
    public int EffectiveToYear => IncludePartial || Years?.Partial is not { } partial ? ToYear : Math.Min(ToYear, partial - 1);

    /// <summary>This selection within the report's years.</summary>
    public Selection In(ReportYears years) => this with { Years = years };

    /// <summary>Whether the years drawn are fewer than the report's (a download's name then says which).</summary>
    public bool FiltersYears => Years is { } y ? FromYear != y.First || EffectiveToYear != y.Last : from is not null || to is not null || !IncludePartial;

    /// <summary>The year the user chose, null for the report's own first (or a year outside the report's range).</summary>
    int? ChosenFrom => Chosen(from, Years?.First);
    int? ChosenTo => Chosen(to, Years?.Last);

    int? Chosen(int? year, int? end) => year is not { } y || Years is not { } r ? year : y == end || y < r.First || y > r.Last ? null : y;

    ReportYears Report => Years ?? throw new InvalidOperationException(
        "The selection has no report years: call Selection.In(years) with the warehouse's (ReferenceData.Years).");

    public bool HasUnit(string code) => Units.Contains(code);

    public Selection ToggleUnit(string code) =>
        this with { Units = HasUnit(code) ? Units.Where(u => u != code).ToList() : [.. Units, code] };

    /// <summary>What every page shares when the user moves on through the menu (Power BI's synced slicers): years,
    /// units, area, indicator and the partial-year toggle; a page's own choices (what is picked out, the ranking's order,
    /// the targets' programme) stay behind.</summary>
    public Selection Shared => this with { Highlight = null, Sort = null, Programme = null };

    /// <summary>A click on a unit: picks it out, or lets it go when it was the one picked.</summary>
    public Selection ToggleHighlight(string code) => this with { Highlight = Highlight == code ? null : code };

    /// <summary>The units drawn marked: the one picked out by a click and those chosen on the unit slicer.</summary>
    public IReadOnlyList<string> Marked => Highlight is null || Units.Contains(Highlight) ? Units : [.. Units, Highlight];

    /// <summary>Reads the query string: from, to, units (comma list), area, indicator, q1 (0 leaves out the partial year), programme,
    /// highlight (a unit code), sort.
    /// Anything unreadable falls back to the default rather than failing the page.</summary>
    public static Selection FromQuery(string? query)
    {
        var q = QueryHelpers.ParseQuery(query ?? "");
        string? Get(string key) => q.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;
        // Whether a year is the report's is known only with the report's years (In), which drops one outside them.
        int? Year(string key) =>
            int.TryParse(Get(key), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200 ? y : null;

        var from = Year("from");
        var to = Year("to");
        if (from > to) (from, to) = (to, from);
        return new Selection
        {
            from = from,
            to = to,
            Units = (Get("units") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(IsCode).Distinct().ToList(),
            Area = Code(Get("area")),
            Indicator = Code(Get("indicator")),
            IncludePartial = Get("q1") != "0",
            Programme = ProgrammeCode(Get("programme")),
            Highlight = Code(Get("highlight")),
            Sort = Get("sort") is { } sort && Sorts.Contains(sort) ? sort : null,
        };
    }

    public string ToQuery()
    {
        var parts = new List<string>();
        if (ChosenFrom is { } chosenFrom) parts.Add($"from={chosenFrom}");
        if (ChosenTo is { } chosenTo) parts.Add($"to={chosenTo}");
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
    // A programme is two years ("2011-2025"); which ones the catalogue has, the targets page knows.
    static string? ProgrammeCode(string? s) => s is { Length: 9 } && s[4] == '-' && s.Remove(4, 1).All(char.IsAsciiDigit) ? s : null;

    public bool Equals(Selection? other) =>
        other is not null && ChosenFrom == other.ChosenFrom && ChosenTo == other.ChosenTo && Units.SequenceEqual(other.Units)
        && Area == other.Area && Indicator == other.Indicator && IncludePartial == other.IncludePartial && Programme == other.Programme
        && Highlight == other.Highlight && Sort == other.Sort;

    public override int GetHashCode() => HashCode.Combine(ChosenFrom, ChosenTo, string.Join(",", Units), Area, Indicator, IncludePartial, Programme, Highlight);
}
