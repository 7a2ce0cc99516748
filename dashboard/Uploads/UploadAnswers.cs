using CCHC.Warehouse.Model;

namespace CCHC.Dashboard.Uploads;

/// <summary>What the check and the run did with one file, in words a clerk understands.</summary>
public static class UploadAnswers
{
    public static UploadAnswer For(string clientName, string stored, FileLoadOutcome outcome, FileReadResult check, Catalogue catalogue, bool earlier)
    {
        if (check.IsRejected)
        {
            var where = string.Join(" › ", new[] { check.RejectSheet, check.RejectCell }.Where(s => !string.IsNullOrEmpty(s)));
            return new UploadAnswer(clientName, stored, "rejected", check.RejectReason!, where.Length > 0 ? [where] : []);
        }
        var details = check.Submissions.SelectMany(s => s.RowRejects)
            .Select(r => $"{r.Sheet}{(r.Cell is null ? "" : " › " + r.Cell)}: {r.Reason}").Take(200).ToList();
        var values = outcome.IndicatorFacts + outcome.TargetFacts + outcome.OrgCountFacts;
        var appendices = Appendices(check, catalogue);
        return outcome.Status switch
        {
            "rejected" => new(clientName, stored, "rejected", "Không ghi được vào kho dữ liệu; tệp không được nạp (warehouse write failed).", details),
            "unchanged" when earlier => new(clientName, stored, "earlier",
                $"Đây là một bản đã nạp trước đây của {appendices}, nay đã được bản gửi sau thay thế; số liệu đang dùng là của bản sau. " +
                "Bấm “Dùng lại bản này” nếu muốn bản này có hiệu lực trở lại.", details),
            "unchanged" => new(clientName, stored, "unchanged", "Tệp này đã được nạp trước đây và đang có hiệu lực, không có gì thay đổi (already loaded).", details),
            _ when outcome.SupersededSubmissions > 0 => new(clientName, stored, "replaced",
                $"Đã nạp {values} giá trị ({appendices}), thay thế {outcome.SupersededSubmissions} bản gửi trước.", details),
            _ when outcome.SupersededByNewer > 0 && values == 0 => new(clientName, stored, "older",
                $"Đã lưu nhưng không dùng: đã có bản mới hơn của {appendices} (older than the report in force).", details),
            _ => new(clientName, stored, "added", $"Đã nạp {values} giá trị ({appendices})" + (details.Count > 0 ? $"; {details.Count} ô/dòng bị từ chối." : "."), details),
        };
    }

    public static UploadAnswer Restored(string clientName, string stored, FileLoadOutcome outcome, FileReadResult check, Catalogue catalogue)
    {
        var values = outcome.IndicatorFacts + outcome.TargetFacts + outcome.OrgCountFacts;
        return outcome.Status == "restored"
            ? new(clientName, stored, "restored",
                $"Đã dùng lại bản này ({Appendices(check, catalogue)}, nạp lần đầu với tên {outcome.FileName}): {values} giá trị có hiệu lực trở lại, " +
                $"thay {outcome.SupersededSubmissions} bản gửi sau.", [])
            : new(clientName, stored, "unchanged", "Bản này đang có hiệu lực, không có gì thay đổi.", []);
    }

    static string Appendices(FileReadResult check, Catalogue catalogue) =>
        string.Join(", ", check.Submissions.Select(s => $"{AppendixName(s.AppendixCode)} của {catalogue.Units.FirstOrDefault(u => u.Code == s.UnitCode)?.Name ?? s.UnitCode}").Distinct());

    static string AppendixName(string code) => code == "PL9" ? "Phụ lục IX" : "Phụ lục " + code[2..];
}
