namespace CCHC.Warehouse.Queries;

// The catalogue as the dashboard's slicers and labels need it. Names a catalogue lacks fall back to the code.

/// <summary>A reporting unit. <paramref name="Level"/>: "province" or "district"; <paramref name="Terrain"/>: "urban",
/// "plain" or "mountain"; <paramref name="CurrentKind"/>: its administrative kind now ("thị xã" for Hoài Nhơn).</summary>
public sealed record UnitInfo(string Code, string Name, string Level, string? Terrain, string? CurrentKind);

/// <summary>A reform area (lĩnh vực cải cách).</summary>
public sealed record AreaInfo(string Code, string Name, int SortOrder);

/// <summary>An appendix (phụ lục). <paramref name="Kind"/>: "indicator", "org_count" or "target";
/// <paramref name="Programme"/> for target appendices: "2011-2020" or "2011-2025".</summary>
public sealed record AppendixInfo(string Code, int Number, string Title, string Kind, string? Programme, string? AreaCode);

/// <summary>An indicator row that carries values (headings left out).</summary>
/// <param name="Stt">The row number as printed ("1", "1.", "-" or empty).</param>
/// <param name="ParentCode">The heading row it sits under; null for a top row.</param>
/// <param name="UnitOfMeasure">"count", "percent" (0–100) or "yesno" (1/0).</param>
/// <param name="AppliesTo">"province", "district" or "both": which units are asked to report it.</param>
/// <param name="SortOrder">Position within its appendix.</param>
/// <param name="ValueCount">Values it holds now (all units and years, sample included), so empty ones can be hidden.</param>
public sealed record IndicatorInfo(
    string Code, string Appendix, string AppendixTitle, string Stt, string Label, string? ParentCode, string? ParentLabel,
    string AreaCode, string AreaName, string UnitOfMeasure, string AppliesTo, int SortOrder, long ValueCount);

/// <summary>A target (mục tiêu) of a programme, evaluated or not. <paramref name="Evaluations"/>: units that judged it.</summary>
public sealed record TargetInfo(
    string Code, string Programme, string Appendix, int TargetNo, string Text, string? AreaCode, string? AreaName, long Evaluations);
