namespace CCHC.Warehouse.Queries;

/// <summary>What the report covers, as the warehouse holds it: the province, its district-level units, the years the
/// indicator appendices ask for, the target programmes. Every page's fixed words ("Tỉnh Bình Định", "11 huyện, thị xã,
/// thành phố", "2020 tính đến 31/3") are made from it, so another province's catalogue needs no code change.</summary>
/// <param name="ProvinceCode">Null for a catalogue with no province unit.</param>
/// <param name="Districts">How many district-level units the catalogue lists.</param>
/// <param name="DistrictKinds">Their administrative kinds now, ';'-separated, in no order ("huyện;thành phố;thị xã").</param>
/// <param name="FirstYear">The first year asked for; null when neither the catalogue nor the facts name one.</param>
/// <param name="PartialYear">The year whose column holds part of a year only (2020: up to 31/3), if any.</param>
/// <param name="PartialUntil">The day that column ends ("31/3"), when the catalogue says.</param>
/// <param name="Programmes">Target programmes of the catalogue's appendices, ';'-separated ("2011-2020;2011-2025").</param>
public sealed record ReportScope(
    string? ProvinceCode, string? ProvinceName, int Districts, string? DistrictKinds, int? FirstYear, int? LastYear,
    int? PartialYear, string? PartialUntil, string? Programmes)
{
    public IReadOnlyList<string> KindsOfDistricts => Split(DistrictKinds);

    /// <summary>The programmes, the latest first (2011-2025 before 2011-2020), as the pages show them.</summary>
    public IReadOnlyList<string> ProgrammeList => Split(Programmes).OrderByDescending(p => p, StringComparer.Ordinal).ToList();

    static IReadOnlyList<string> Split(string? list) =>
        list?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}

/// <summary>The years the indicator values hold (min, max) and the latest one marked partial; nulls before any value.</summary>
public sealed record ValueYears(int? FirstYear, int? LastYear, int? PartialYear);
