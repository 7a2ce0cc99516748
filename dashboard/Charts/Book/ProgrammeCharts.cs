using CCHC.Dashboard.Charts.Model;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Charts.Book;

/// <summary>A programme's two charts on the targets page and the evaluations they were drawn from.</summary>
public sealed record ProgrammeCharts(ChartSpec Share, ChartSpec Area, IReadOnlyList<TargetEvaluation> Evaluations);
