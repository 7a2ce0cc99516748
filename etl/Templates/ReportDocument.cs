namespace CCHC.Etl.Templates;

/// <summary>The report an appendix is attached to: "Báo cáo số 45/BC-UBND ngày 15/4/2020".</summary>
public sealed record ReportDocument(int Number, DateOnly Date);
