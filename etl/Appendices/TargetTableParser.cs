using CCHC.Etl.Matching;
using CCHC.Etl.Reading;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Appendices;

/// <summary>Reads Phụ lục 8 and Phụ lục IX: STT, target text, [result text], verdict Đạt/Không đạt. Real
/// submissions put the verdict in the result column (the 2025 report writes "Không đạt" under "Kết quả đạt được"
/// and leaves "Đánh giá" empty), split a target's text over a page break and repeat the header: all read right.</summary>
public sealed class TargetTableParser(IReadOnlyList<Target> catalogue)
{
    public sealed record Result(int HeaderRow, int LastRow, IReadOnlyList<TargetFact> Facts, IReadOnlyList<RowReject> Rejects);

    public Result? Parse(AppendixBlock block)
    {
        var sheet = block.Sheet;
        var targets = catalogue.Where(t => t.AppendixCode == block.Appendix.Code).ToList();
        if (FindHeader(sheet, block) is not { } h) return null;

        var entries = new List<Entry>();
        Entry? current = null;
        var lastRow = h.Row;
        for (var r = h.Row + 1; r <= block.EndRow; r++)
        {
            if (sheet.IsRowEmpty(r) || IsHeaderRow(sheet, r, h)) continue;
            if (FooterLine.IsFooterRow(sheet, r)) break;
            var stt = sheet.Text(r, h.Stt);
            var text = sheet.Text(r, h.Text);
            var result = h.Result >= 0 ? sheet.Text(r, h.Result) : "";
            var verdict = h.Verdict >= 0 ? sheet.Text(r, h.Verdict) : "";
            if (int.TryParse(stt.TrimEnd('.', ')'), out var number))
            {
                current = new Entry(number, r) { Text = text, ResultText = result, VerdictText = verdict };
                current.VerdictCell = SheetGrid.Address(r, h.Verdict >= 0 ? h.Verdict : h.Text);
                current.ResultCell = h.Result >= 0 ? SheetGrid.Address(r, h.Result) : null;
                entries.Add(current);
                lastRow = r;
            }
            else if (current is not null && stt.Length == 0 && (text.Length > 0 || result.Length > 0 || verdict.Length > 0))
            {
                // The rest of a target split by a page break: its text, and possibly its verdict.
                current.Text = (current.Text + " " + text).Trim();
                if (result.Length > 0) current.ResultText = (current.ResultText + " " + result).Trim();
                if (verdict.Length > 0 && current.VerdictText.Length == 0)
                {
                    current.VerdictText = verdict;
                    current.VerdictCell = SheetGrid.Address(r, h.Verdict);
                }
                lastRow = r;
            }
            else if (current is null && text.Length > 0 && stt.Length == 0) continue; // notes above the first target
        }

        var facts = new List<TargetFact>();
        var rejects = new List<RowReject>();
        var used = new HashSet<string>();
        foreach (var e in entries)
        {
            var textCell = SheetGrid.Address(e.Row, h.Text);
            var target = Match(targets, e);
            if (target is null)
            {
                rejects.Add(new RowReject(sheet.Name, textCell,
                    $"Mục tiêu số {e.Number} \"{Shorten(e.Text)}\" không khớp mục tiêu nào của {block.Appendix.Code} trong danh mục (target matches no catalogue target)."));
                continue;
            }
            if (!used.Add(target.Code))
            {
                rejects.Add(new RowReject(sheet.Name, textCell, $"Mục tiêu số {target.TargetNo} lặp lại; dòng này không được nạp (duplicated target)."));
                continue;
            }
            var fromVerdict = Verdict(e.VerdictText);
            var fromResult = Verdict(e.ResultText);
            if (e.VerdictText.Length > 0 && fromVerdict is null)
            {
                rejects.Add(new RowReject(sheet.Name, e.VerdictCell,
                    $"Đánh giá mục tiêu số {target.TargetNo} ghi \"{Shorten(e.VerdictText)}\", không phải một đánh giá của kế hoạch; ô chỉ nhận " +
                    $"{AcceptedVerdicts}. Mức giữa như \"Cơ bản đạt\", \"Đạt một phần\" không có trong kế hoạch: hãy chọn Đạt hoặc Không đạt và ghi " +
                    "mức độ vào cột kết quả (verdict must be Đạt or Không đạt)."));
                continue;
            }
            if (fromVerdict is not null && fromResult is not null && fromVerdict != fromResult)
            {
                rejects.Add(new RowReject(sheet.Name, e.VerdictCell,
                    $"Mục tiêu số {target.TargetNo}: cột kết quả ghi \"{e.ResultText}\" nhưng cột đánh giá ghi \"{e.VerdictText}\" (contradictory verdicts)."));
                continue;
            }
            if (fromVerdict is { } v)
                facts.Add(new TargetFact(target.Code, v, NullIfEmpty(e.ResultText), e.VerdictText, e.VerdictCell, textCell));
            else if (fromResult is { } rv && e.ResultCell is not null)
                facts.Add(new TargetFact(target.Code, rv, e.ResultText, e.ResultText, e.ResultCell, textCell));
            // Neither column judged: the target was not evaluated, which is not a value.
        }
        return new Result(h.Row, lastRow, facts, rejects);
    }

    static Target? Match(List<Target> targets, Entry e)
    {
        var key = TextKey.Label(e.Text);
        var byNumber = targets.FirstOrDefault(t => t.TargetNo == e.Number);
        if (byNumber is not null && (key.Length == 0 || LabelSimilarity.Dice(key, TextKey.Label(byNumber.Text)) >= 0.5))
            return byNumber;
        // Renumbered by the clerk: find the target by its text.
        var best = targets.Select(t => (t, Score: LabelSimilarity.Dice(key, TextKey.Label(t.Text)))).MaxBy(x => x.Score);
        return best.Score >= 0.85 ? best.t : null;
    }

    /// <summary>"Đạt" → true; "Không đạt", "Chưa đạt" → false; anything else → null.</summary>
    /// <summary>The verdicts a cell may hold, as a clerk reads them in a reason.</summary>
    public const string AcceptedVerdicts = "\"Đạt\" (hoặc \"Hoàn thành\") và \"Không đạt\" (hoặc \"Chưa đạt\", \"Không hoàn thành\", \"Chưa hoàn thành\")";

    public static bool? Verdict(string text) => TextKey.Fold(text) switch
    {
        "dat" or "hoan thanh" => true,
        "khong dat" or "chua dat" or "khong hoan thanh" or "chua hoan thanh" => false,
        _ => null,
    };

    static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
    static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";

    sealed class Entry(int number, int row)
    {
        public int Number { get; } = number;
        public int Row { get; } = row;
        public string Text { get; set; } = "";
        public string ResultText { get; set; } = "";
        public string VerdictText { get; set; } = "";
        public string VerdictCell { get; set; } = "";
        public string? ResultCell { get; set; }
    }

    sealed record Header(int Row, int Stt, int Text, int Result, int Verdict);

    static Header? FindHeader(SheetGrid sheet, AppendixBlock block)
    {
        for (var r = block.TitleRow + 1; r <= block.EndRow; r++)
        {
            int stt = -1, text = -1, result = -1, verdict = -1;
            for (var c = 0; c < sheet.ColumnCount; c++)
            {
                var key = TextKey.Fold(sheet.Text(r, c));
                if (key is "stt" or "tt" or "so tt") stt = c;
                else if (key.Contains("muc tieu", StringComparison.Ordinal) && text < 0) text = c;
                else if (key.Contains("danh gia", StringComparison.Ordinal) || key.Contains("dat khong dat", StringComparison.Ordinal)) verdict = c;
                else if (key.Contains("ket qua", StringComparison.Ordinal)) result = c;
            }
            if (stt >= 0 && text >= 0 && (verdict >= 0 || result >= 0)) return new Header(r, stt, text, result, verdict);
        }
        return null;
    }

    static bool IsHeaderRow(SheetGrid sheet, int row, Header h) =>
        TextKey.Fold(sheet.Text(row, h.Stt)) is "stt" or "tt" or "so tt"
        || TextKey.Fold(sheet.Text(row, h.Text)).StartsWith("cac muc tieu", StringComparison.Ordinal);
}
