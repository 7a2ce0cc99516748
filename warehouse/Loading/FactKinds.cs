using CCHC.Warehouse.Model;

namespace CCHC.Warehouse;

internal static class FactKinds
{
    public static readonly FactKind<IndicatorFact, IndicatorKey> IndicatorValue = new()
    {
        Table = "reported_indicator_value",
        PendingIn = batch => batch.IndicatorValues,
        KeyOf = fact => new IndicatorKey(fact.IndicatorCode, fact.Year),
        CellOf = fact => fact.Cell,
        AppendColumns = (row, fact) => row.AppendValue(fact.IndicatorCode).AppendValue(fact.Year).AppendValue(fact.Value)
            .AppendValue(fact.IsPartialYear).AppendValue(fact.RawText).AppendValue(fact.Cell),
    };

    public static readonly FactKind<TargetFact, TargetKey> TargetEvaluation = new()
    {
        Table = "reported_target_evaluation",
        PendingIn = batch => batch.TargetEvaluations,
        KeyOf = fact => new TargetKey(fact.TargetCode),
        CellOf = fact => fact.Cell,
        AppendColumns = (row, fact) => row.AppendValue(fact.TargetCode).AppendValue(fact.Achieved).AppendValue(fact.ResultText)
            .AppendValue(fact.VerdictText).AppendValue(fact.Cell).AppendValue(fact.TextCell),
    };

    public static readonly FactKind<OrgCountFact, OrgCountKey> OrgCount = new()
    {
        Table = "reported_org_count",
        PendingIn = batch => batch.OrgCounts,
        KeyOf = fact => new OrgCountKey(fact.MeasureCode, fact.Period),
        CellOf = fact => fact.Cell,
        AppendColumns = (row, fact) => row.AppendValue(fact.MeasureCode).AppendValue(fact.Period).AppendValue(fact.Value)
            .AppendValue(fact.Cell),
    };
}
