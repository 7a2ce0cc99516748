namespace CCHC.Warehouse;

// The grain of each fact table within one unit; their property names are the delete statements' parameters.

internal sealed record IndicatorKey(string IndicatorCode, int Year);

internal sealed record TargetKey(string TargetCode);

internal sealed record OrgCountKey(string MeasureCode, string Period);
