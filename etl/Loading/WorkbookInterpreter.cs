using CCHC.Etl.Appendices;
using CCHC.Etl.Matching;
using CCHC.Etl.Reading;
using CCHC.Etl.Transform;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Loading;

/// <summary>Turns one workbook into submissions: finds each appendix by its title, tells who reported it and when,
/// reads its table and types its values. Anything that makes the file as a whole untrustworthy (no appendix, an
/// unknown appendix, a table that is not the appendix its title says, no reporting unit) rejects the whole file.</summary>
public sealed class WorkbookInterpreter
{
    readonly Catalogue catalogue;
    readonly ReporterResolver reporters;
    readonly IndicatorTableParser indicatorParser;
    readonly TargetTableParser targetParser;
    readonly OrgCountParser orgParser;

    public WorkbookInterpreter(Catalogue catalogue)
    {
        this.catalogue = catalogue;
        var province = catalogue.Units.Single(u => u.Level == "province");
        reporters = new ReporterResolver(new UnitMatcher(catalogue.Units, catalogue.Departments), province);
        indicatorParser = new IndicatorTableParser(catalogue.Indicators);
        targetParser = new TargetTableParser(catalogue.Targets);
        orgParser = new OrgCountParser(catalogue.OrgMeasures);
    }

    public FileReadResult Interpret(WorkbookContent workbook, SourceFile file)
    {
        FileReadResult Reject(string reason, string? sheet = null, string? cell = null) =>
            new(file, [], reason, sheet, cell);

        // Said as such: "no appendix title" would send the clerk looking for a title in a file that holds nothing.
        if (workbook.Sheets.All(IsBlank))
            return Reject($"Bảng tính trống: {(workbook.Sheets.Count == 0 ? "không có trang tính nào" : "không ô nào có dữ liệu")} (empty workbook).");
        var isSample = workbook.Sheets.Any(ContainsSampleMarker);
        var submissions = new List<Submission>();
        var workbookTop = (IReadOnlyList<NarrativeCell>)[];
        var foundAppendix = false;
        foreach (var sheet in workbook.Sheets)
        {
            var blocks = AppendixLocator.Locate(sheet, catalogue.Appendices, out var unknown);
            if (unknown.Count > 0)
                return Reject($"Phụ lục không có trong danh mục: {string.Join("; ", unknown.Select(u => $"{u.Text} ({u.Cell})"))} (unknown appendix).",
                    sheet.Name, unknown[0].Cell);
            foundAppendix |= blocks.Count > 0;
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                var blockTop = i == 0 ? 0 : block.TitleRow;
                var read = ReadBlock(block);
                if (read.Problem is not null) return Reject(read.Problem, sheet.Name, block.TitleCell);
                var (tableStart, tableEnd) = (read.TableStart, read.TableEnd);

                var narrative = Narrative(sheet, blockTop, tableStart - 1).Concat(Narrative(sheet, tableEnd + 1, block.EndRow)).ToList();
                if (workbookTop.Count == 0) workbookTop = Narrative(sheet, 0, block.TitleRow);
                var title = sheet.Text(block.TitleRow, 0) + " " + string.Join(" ", Narrative(sheet, block.TitleRow, tableStart - 1).Select(n => n.Text));
                var reporter = reporters.Resolve(narrative, workbook.FileName, block.Appendix, title, out var unitProblem)
                    ?? (unitProblem is null ? reporters.Resolve(workbookTop, workbook.FileName, block.Appendix, title, out unitProblem) : null);
                if (reporter is null)
                    return Reject(unitProblem ?? "Không xác định được đơn vị báo cáo (reporting unit not found).", sheet.Name, block.TitleCell);

                var date = ReportDateFinder.Find(narrative) ?? ReportDateFinder.Find(workbookTop);
                // A blank appendix (a template sheet sent along) is no submission: as one it would supersede,
                // and so delete, the unit's real report of that appendix.
                if (read.Indicators.Count + read.Targets.Count + read.Orgs.Count + read.Rejects.Count == 0) continue;
                submissions.Add(new Submission(block.Appendix.Code, reporter.Unit.Code, reporter.Department?.Code, sheet.Name, date, isSample,
                    read.Indicators, read.Targets, read.Orgs, read.Rejects));
            }
        }

        if (!foundAppendix)
            return Reject("Không tìm thấy phụ lục nào: không có tiêu đề \"PHỤ LỤC n\" trong các trang tính (no appendix title found).");
        if (submissions.Count == 0)
            return Reject("Tệp không có số liệu nào: mọi ô giá trị đều trống (no values in the workbook).");
        var duplicate = submissions.GroupBy(s => (s.UnitCode, s.AppendixCode, s.DepartmentCode)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            return Reject($"{duplicate.Key.AppendixCode} của cùng đơn vị xuất hiện hai lần trong tệp (trang {string.Join(", ", duplicate.Select(s => s.Sheet))}) (appendix twice in one file).",
                duplicate.Last().Sheet);
        return new FileReadResult(file, submissions, null);
    }

    /// <summary>What one appendix block held: where its table lies, its facts, or why the file cannot be trusted.</summary>
    sealed record BlockRead(int TableStart, int TableEnd, string? Problem,
        IReadOnlyList<IndicatorFact> Indicators, IReadOnlyList<TargetFact> Targets, IReadOnlyList<OrgCountFact> Orgs, IReadOnlyList<RowReject> Rejects)
    {
        public static BlockRead Failed(AppendixBlock block, string problem) => new(block.EndRow + 1, block.EndRow, problem, [], [], [], []);
    }

    BlockRead ReadBlock(AppendixBlock block)
    {
        var sheet = block.Sheet.Name;
        switch (block.Appendix.Kind)
        {
            case "indicator":
                {
                    var table = indicatorParser.Parse(block);
                    if (table is null)
                        return BlockRead.Failed(block, $"{Name(block)}: không tìm thấy dòng tiêu đề bảng (STT, Chỉ tiêu, Năm 2015 … Năm 2020) (table header not found).");
                    if (table.RowsWithValues >= 2 && table.UnmatchedRowsWithValues * 2 > table.RowsWithValues)
                        return BlockRead.Failed(block, $"{Name(block)}: {table.UnmatchedRowsWithValues}/{table.RowsWithValues} dòng có số liệu không khớp chỉ tiêu của phụ lục này; " +
                            "có thể ghi nhầm số phụ lục (table does not match the appendix in its title).");
                    var (facts, valueRejects) = FactCoercion.Coerce(WideToLong.Melt(WideToLong.Wide(table), table.Header.Years), sheet);
                    return new BlockRead(table.Header.Row, table.LastRow, null, facts, [], [], [.. table.Rejects, .. valueRejects]);
                }
            case "target":
                {
                    var result = targetParser.Parse(block);
                    return result is null
                        ? BlockRead.Failed(block, $"{Name(block)}: không tìm thấy dòng tiêu đề bảng (STT, Các mục tiêu cải cách, Đánh giá) (table header not found).")
                        : new BlockRead(result.HeaderRow, result.LastRow, null, [], result.Facts, [], result.Rejects);
                }
            default:
                {
                    var result = orgParser.Parse(block);
                    return result is null
                        ? BlockRead.Failed(block, $"{Name(block)}: không tìm thấy các mục I, II, III với dòng giai đoạn 2001-2010, 2011-2020 (sections not found).")
                        : new BlockRead(result.FirstRow, result.LastRow, null, [], [], result.Facts, result.Rejects);
                }
        }
    }

    static string Name(AppendixBlock block) => $"Phụ lục {block.Appendix.Number} ({block.TitleCell})";

    static List<NarrativeCell> Narrative(SheetGrid sheet, int from, int to)
    {
        var cells = new List<NarrativeCell>();
        for (var r = Math.Max(0, from); r <= Math.Min(to, sheet.RowCount - 1); r++)
            for (var c = 0; c < sheet.ColumnCount; c++)
            {
                var text = sheet.Text(r, c);
                if (text.Length > 0) cells.Add(new NarrativeCell(r, SheetGrid.Address(r, c), text, sheet.Value(r, c)));
            }
        return cells;
    }

    static bool IsBlank(SheetGrid sheet) => Enumerable.Range(0, sheet.RowCount).All(sheet.IsRowEmpty);

    static bool ContainsSampleMarker(SheetGrid sheet)
    {
        for (var r = 0; r < Math.Min(sheet.RowCount, 15); r++)
            for (var c = 0; c < sheet.ColumnCount; c++)
                if (TextKey.Fold(sheet.Text(r, c)).Contains("du lieu mau", StringComparison.Ordinal)) return true;
        return false;
    }
}
