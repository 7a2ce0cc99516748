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
            new(file, [], reason, sheet, cell) { Notes = workbook.Notes };

        // Said as such: "no appendix title" would send the clerk looking for a title in a file that holds nothing.
        if (workbook.Sheets.All(IsBlank))
            return Reject($"Bảng tính trống: {(workbook.Sheets.Count == 0 ? "không có trang tính nào" : "không ô nào có dữ liệu")} (empty workbook).");
        var isSample = workbook.Sheets.Any(ContainsSampleMarker);
        var submissions = new List<Submission>();
        // One appendix that cannot be read costs only itself: the file's other appendices load, and its reason is kept.
        var blockRejects = new List<RowReject>();
        var workbookTop = (IReadOnlyList<NarrativeCell>)[];
        var foundAppendix = false;
        foreach (var sheet in workbook.Sheets)
        {
            var blocks = AppendixLocator.Locate(sheet, catalogue.Appendices, out var unknown);
            foreach (var (text, cell) in unknown)
                blockRejects.Add(new RowReject(sheet.Name, cell,
                    $"Trang tính \"{sheet.Name}\", ô {cell}: \"{text}\" không có trong danh mục phụ lục (chỉ có {AppendixNumbers()}); " +
                    "hãy sửa số phụ lục ở tiêu đề (unknown appendix)."));
            foundAppendix |= blocks.Count > 0 || unknown.Count > 0;
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                if (workbookTop.Count == 0) workbookTop = Narrative(sheet, 0, block.TitleRow);
                try
                {
                    var outcome = ReadSubmission(workbook, sheet, block, i == 0 ? 0 : block.TitleRow, workbookTop, isSample);
                    if (outcome.Problem is not null) blockRejects.Add(new RowReject(sheet.Name, block.TitleCell, outcome.Problem));
                    else if (outcome.Submission is not null) submissions.Add(outcome.Submission);
                }
                // A layout no rule foresaw is this program's fault, not the clerk's: said so, with the place, and the
                // exception kept for the administrator only.
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    AdministratorLog.Report(file.FileName, sheet.Name, block.TitleCell, e, unforeseen: true);
                    blockRejects.Add(new RowReject(sheet.Name, block.TitleCell,
                        $"{Name(block)} ở trang tính \"{sheet.Name}\" không đọc được do một lỗi của chương trình (không phải lỗi của tệp); " +
                        "lỗi đã được ghi lại cho quản trị hệ thống, hãy báo Sở Nội vụ kèm tên tệp (unexpected error, logged)."));
                }
            }
        }

        if (!foundAppendix)
            return Reject("Không tìm thấy phụ lục nào: không có tiêu đề \"PHỤ LỤC n\" trong các trang tính (no appendix title found).");
        foreach (var duplicate in submissions.GroupBy(s => (s.UnitCode, s.AppendixCode, s.DepartmentCode)).Where(g => g.Count() > 1).ToList())
        {
            // Which of the two is the unit's report cannot be told: neither is loaded.
            var where = string.Join(", ", duplicate.Select(s => $"\"{s.Sheet}\""));
            foreach (var s in duplicate)
            {
                submissions.Remove(s);
                blockRejects.Add(new RowReject(s.Sheet, null,
                    $"{duplicate.Key.AppendixCode} của cùng đơn vị có ở hai trang tính ({where}); không biết trang nào đúng nên cả hai không được nạp, " +
                    "hãy xóa trang thừa rồi gửi lại (appendix twice in one file)."));
            }
        }
        if (submissions.Count == 0)
        {
            if (blockRejects.Count > 0)
            {
                var first = blockRejects[0];
                var more = blockRejects.Count > 1 ? $" Và {blockRejects.Count - 1} phụ lục khác: {string.Join(" ", blockRejects.Skip(1).Select(r => r.Reason))}" : "";
                return Reject(first.Reason + more, first.Sheet, first.Cell);
            }
            return Reject("Tệp không có số liệu nào: mọi ô giá trị đều trống (no values in the workbook).");
        }
        return new FileReadResult(file, submissions, null) { SheetRejects = blockRejects, Notes = workbook.Notes };
    }

    sealed record BlockOutcome(Submission? Submission, string? Problem);

    BlockOutcome ReadSubmission(WorkbookContent workbook, SheetGrid sheet, AppendixBlock block, int blockTop,
        IReadOnlyList<NarrativeCell> workbookTop, bool isSample)
    {
        var read = ReadBlock(block);
        if (read.Problem is not null) return new BlockOutcome(null, read.Problem);
        var (tableStart, tableEnd) = (read.TableStart, read.TableEnd);

        var above = Narrative(sheet, blockTop, tableStart - 1);
        // Notes printed under a table ("Ghi chú: - Sở … thống kê các chỉ tiêu …") say who answers which row in the
        // template; they are never evidence of who reported, though the date and signature beside them are.
        var below = NoteBlock.Without(Narrative(sheet, tableEnd + 1, block.EndRow));
        var narrative = above.Concat(below).ToList();
        var title = sheet.Text(block.TitleRow, 0) + " " + string.Join(" ", Narrative(sheet, block.TitleRow, tableStart - 1).Select(n => n.Text));
        var reporter = reporters.Resolve(narrative, workbook.FileName, block.Appendix, title, out var unitProblem)
            ?? (unitProblem is null ? reporters.Resolve(workbookTop, workbook.FileName, block.Appendix, title, out unitProblem) : null);
        if (reporter is null)
            return new BlockOutcome(null, unitProblem ?? "Không xác định được đơn vị báo cáo (reporting unit not found).");

        var date = ReportDateFinder.Find(narrative) ?? ReportDateFinder.Find(workbookTop);
        // A blank appendix (a template sheet sent along) is no submission: as one it would supersede,
        // and so delete, the unit's real report of that appendix.
        if (read.Indicators.Count + read.Targets.Count + read.Orgs.Count + read.Rejects.Count == 0) return new BlockOutcome(null, null);
        return new BlockOutcome(new Submission(block.Appendix.Code, reporter.Unit.Code, reporter.Department?.Code, sheet.Name, date, isSample,
            read.Indicators, read.Targets, read.Orgs, read.Rejects), null);
    }

    string AppendixNumbers() => string.Join(", ", catalogue.Appendices.Select(a => a.Code));

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
                        return BlockRead.Failed(block, $"{Name(block)}: không tìm thấy dòng tiêu đề bảng (STT, Chỉ tiêu, các cột “Năm …”) (table header not found).");
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
