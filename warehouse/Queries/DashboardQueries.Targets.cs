namespace CCHC.Warehouse.Queries;

// Phụ lục 8 (programme 2011-2020, every unit) and Phụ lục IX (2011-2025, the province): targets judged Đạt/Không đạt.
public sealed partial class DashboardQueries
{
    /// <summary>Đạt / Không đạt / not judged per programme and unit that judged anything; the province first.</summary>
    public Task<IReadOnlyList<TargetTally>> TargetTalliesAsync(CancellationToken cancellationToken = default) =>
        reader.QueryAsync<TargetTally>("Queries/target_tallies.sql", null, cancellationToken);

    /// <summary>Verdicts on a programme's targets per reform area; <paramref name="unitCode"/> null counts every unit's.</summary>
    public Task<IReadOnlyList<AreaTargetTally>> TargetsByAreaAsync(
        string programme, string? unitCode, CancellationToken cancellationToken = default) =>
        reader.QueryAsync<AreaTargetTally>("Queries/targets_by_area.sql", new { programme, unitCode }, cancellationToken);

    /// <summary>Verdicts, each traced to its cell, by programme, target number and unit. Null filters mean all.</summary>
    public Task<IReadOnlyList<TargetEvaluation>> TargetEvaluationsAsync(
        string? programme, string? areaCode, IReadOnlyList<string>? unitCodes, CancellationToken cancellationToken = default) =>
        reader.QueryAsync<TargetEvaluation>("Queries/target_evaluations.sql",
            new { programme, areaCode, units = new CodeList(unitCodes) }, cancellationToken);
}
