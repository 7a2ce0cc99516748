namespace CCHC.Warehouse;

// The grain of each fact kind within one submission: a second value for a key is a repeat, rejected.

internal sealed record IndicatorKey(string IndicatorCode, int Year);

internal sealed record TargetKey(string TargetCode);

internal sealed record OrgCountKey(string MeasureCode, string Period);
