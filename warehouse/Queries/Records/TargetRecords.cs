namespace CCHC.Warehouse.Queries;

/// <summary>How one unit judged the targets of one programme: Đạt, Không đạt, and targets it left unjudged.</summary>
/// <param name="IsSample">True when any of its verdicts comes from sample data.</param>
public sealed record TargetTally(
    string Programme, string UnitCode, string UnitName, long Achieved, long Missed, long NotEvaluated, long TotalTargets, bool IsSample);

/// <summary>Verdicts on one programme's targets within one reform area. <paramref name="Targets"/>: targets of the area.</summary>
public sealed record AreaTargetTally(string AreaCode, string AreaName, int SortOrder, long Achieved, long Missed, long Targets);

/// <summary>One unit's verdict on one target, with the cell it was read from.</summary>
/// <param name="ResultText">The "Kết quả đạt được" text as written; may itself hold the verdict.</param>
/// <param name="VerdictText">The verdict as written ("Đạt", "Không đạt", …).</param>
public sealed record TargetEvaluation(
    string Programme, int TargetNo, string TargetCode, string TargetText, string? AreaCode, string? AreaName,
    string UnitCode, string UnitName, bool Achieved, string? ResultText, string VerdictText,
    string SourceFile, string SourceSheet, string SourceCell, bool IsSample);
