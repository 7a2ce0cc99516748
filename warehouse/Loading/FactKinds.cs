using CCHC.Warehouse.Model;

namespace CCHC.Warehouse;

internal static class FactKinds
{
    public static readonly FactKind<IndicatorFact, IndicatorKey> IndicatorValue = new()
    {
        Table = "fact_indicator_value",
        OwnersSql = "Loading/indicator_value_owners.sql",
        HeldIn = unit => unit.IndicatorValues,
        PendingIn = batch => batch.IndicatorValues,
        DeleteSql = "Loading/delete_indicator_value.sql",
        KeyOf = fact => new IndicatorKey(fact.IndicatorCode, fact.Year),
        CellOf = fact => fact.Cell,
        AppendColumns = (row, fact) => row.AppendValue(fact.IndicatorCode).AppendValue(fact.Year).AppendValue(fact.Value)
            .AppendValue(fact.IsPartialYear).AppendValue(fact.RawText).AppendValue(fact.Cell),
    };

    public static readonly FactKind<TargetFact, TargetKey> TargetEvaluation = new()
    {
        Table = "fact_target_evaluation",
        OwnersSql = "Loading/target_evaluation_owners.sql",
        HeldIn = unit => unit.TargetEvaluations,
        PendingIn = batch => batch.TargetEvaluations,
        DeleteSql = "Loading/delete_target_evaluation.sql",
        KeyOf = fact => new TargetKey(fact.TargetCode),
        CellOf = fact => fact.Cell,
        AppendColumns = (row, fact) => row.AppendValue(fact.TargetCode).AppendValue(fact.Achieved).AppendValue(fact.ResultText)
            .AppendValue(fact.VerdictText).AppendValue(fact.Cell).AppendValue(fact.TextCell),
    };

    public static readonly FactKind<OrgCountFact, OrgCountKey> OrgCount = new()
    {
        Table = "fact_org_count",
        OwnersSql = "Loading/org_count_owners.sql",
        HeldIn = unit => unit.OrgCounts,
        PendingIn = batch => batch.OrgCounts,
        DeleteSql = "Loading/delete_org_count.sql",
        KeyOf = fact => new OrgCountKey(fact.MeasureCode, fact.Period),
        CellOf = fact => fact.Cell,
        AppendColumns = (row, fact) => row.AppendValue(fact.MeasureCode).AppendValue(fact.Period).AppendValue(fact.Value)
            .AppendValue(fact.Cell),
    };
}
