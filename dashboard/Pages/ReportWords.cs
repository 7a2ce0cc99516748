using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Pages;

/// <summary>The fixed words of every page, chart and export, made from what the warehouse says the report covers
/// (<see cref="ReportScope"/>): "Tỉnh Bình Định", "11 huyện, thị xã, thành phố", the years. Another province's
/// catalogue gives its own words with no change of code.</summary>
public sealed record ReportWords(ReportScope Scope)
{
    // The order the law lists them in ("huyện, quận, thị xã, thành phố thuộc tỉnh"); a kind it lacks comes after.
    static readonly string[] KindOrder = ["huyện", "quận", "thị xã", "thành phố"];

    /// <summary>"Bình Định", or "" for a catalogue without a province unit.</summary>
    public string ProvinceName => Scope.ProvinceName ?? "";

    /// <summary>"Tỉnh Bình Định": how every page names the province.</summary>
    public string Province => "Tỉnh " + ProvinceName;

    /// <summary>"tỉnh Bình Định", inside a sentence.</summary>
    public string ProvinceInText => "tỉnh " + ProvinceName;

    /// <summary>"huyện, thị xã, thành phố": the kinds of district-level unit the province has now, in the law's order.</summary>
    public string DistrictKinds
    {
        get
        {
            var kinds = Scope.KindsOfDistricts.OrderBy(k => Array.IndexOf(KindOrder, k) is var i and >= 0 ? i : KindOrder.Length)
                .ThenBy(k => k, StringComparer.Ordinal).ToList();
            return kinds.Count == 0 ? "đơn vị cấp huyện" : string.Join(", ", kinds);
        }
    }

    /// <summary>"11 huyện, thị xã, thành phố".</summary>
    public string Districts => $"{Scope.Districts} {DistrictKinds}";

    /// <summary>The report's years; with none known (no catalogue period and no value yet) the current year alone.</summary>
    public ReportYears Years => Scope is { FirstYear: { } first, LastYear: { } last }
        ? new ReportYears(first, last, Scope.PartialYear, Scope.PartialUntil)
        : new ReportYears(DateTime.Today.Year, DateTime.Today.Year);

    /// <summary>"2015–2020".</summary>
    public string YearSpan => Years.First == Years.Last ? $"{Years.First}" : $"{Years.First}–{Years.Last}";

    /// <summary>"2011–2020" for "2011-2020".</summary>
    public static string Span(string programme) => programme.Replace('-', '–');

    /// <summary>The programmes, the latest first ("2011-2025", "2011-2020").</summary>
    public IReadOnlyList<string> Programmes => Scope.ProgrammeList;

    /// <summary>"tổng kết giai đoạn 2011–2020 và đánh giá mục tiêu 2011–2025": what the report is, by its programmes.</summary>
    public string ReportSubject => Programmes.Count switch
    {
        0 => $"số liệu {YearSpan}",
        1 => $"tổng kết giai đoạn {Span(Programmes[0])}",
        _ => $"tổng kết giai đoạn {string.Join(", ", Programmes.Skip(1).Reverse().Select(Span))} và đánh giá mục tiêu {Span(Programmes[0])}",
    };
}
