namespace CCHC.Dashboard.Export.Report;

/// <summary>Everything the consolidated report says, in reading order, ready for <see cref="DocxReport"/> to lay out.</summary>
/// <param name="Lead">Lines under the title: what the document holds, when it was made.</param>
public sealed record ReportContent(
    string Title,
    IReadOnlyList<string> Lead,
    bool IsSample,
    int FromYear,
    int ToYear,
    string PartialText,
    IReadOnlyList<ChangeGroup> Changes,
    IReadOnlyList<ReportChart> Charts,
    IReadOnlyList<ReportSection> Appendices,
    IReadOnlyList<ReportSection> Sources);

/// <summary>The change 2015→2019 of every indicator of one appendix that has a province figure in either year.</summary>
public sealed record ChangeGroup(string Heading, IReadOnlyList<string> Sentences);

/// <param name="Png">Drawn by the dashboard's ScottPlot renderer from the chart's <c>ChartSpec</c>.</param>
public sealed record ReportChart(string Caption, byte[] Png, int PixelWidth, int PixelHeight, string AltText);

/// <summary>A heading ("Phụ lục 3"), its title line, and its tables.</summary>
public sealed record ReportSection(string Heading, string? Title, IReadOnlyList<ReportTable> Tables);
