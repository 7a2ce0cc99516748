using CCHC.Dashboard.Hosting;
using CCHC.Dashboard.Security;
using CCHC.Etl.Loading;
using CCHC.Etl.Reference;
using CCHC.Warehouse.Model;
using CCHC.Warehouse.Publishing;

namespace CCHC.Dashboard.Uploads;

/// <summary>
/// Takes the files a steward uploads: stores each under a name the server makes, checks it, and loads the ones
/// that can be loaded in one published run. A file rejected whole never reaches the warehouse (which stays byte for
/// byte as it was) nor the workbooks folder; it is kept under uploads/rejected for the steward to look at.
/// Accepted files join the workbooks folder (in tai-len/), so a rebuild of the warehouse keeps them.
/// </summary>
public sealed class UploadService(DataPaths paths, ILogger<UploadService> logger, TimeProvider clock)
{
    /// <summary>The largest file taken, also enforced while reading the upload stream.</summary>
    public const long MaxFileBytes = 25 * 1024 * 1024;
    public const int MaxFiles = 20;

    static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public string Accepted => Path.Combine(paths.Workbooks, "tai-len");
    string Incoming => Path.Combine(paths.Uploads, "incoming");
    string Rejected => Path.Combine(paths.Uploads, "rejected");

    public async Task<IReadOnlyList<UploadAnswer>> UploadAsync(IReadOnlyList<(string Name, Stream Content)> files, string user, CancellationToken cancellationToken = default)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            // Only the service's user reads what stewards upload (see OwnerOnly).
            OwnerOnly.CreateDirectory(paths.Uploads);
            OwnerOnly.CreateDirectory(Incoming);
            OwnerOnly.CreateDirectory(Rejected);
            OwnerOnly.CreateDirectory(Accepted);
            var catalogue = CatalogueLoader.Load();
            var loader = new FolderLoader(catalogue);
            var answers = new List<UploadAnswer>();
            var toLoad = new List<(string ClientName, string Path, FileReadResult Check)>();
            foreach (var (clientName, content) in files.Take(MaxFiles))
            {
                var answer = await StoreAndCheckAsync(loader, clientName, content, toLoad, cancellationToken);
                if (answer is not null) answers.Add(answer);
            }
            if (toLoad.Count > 0)
            {
                var run = loader.LoadFiles(toLoad.Select(f => f.Path).ToList(), paths.Warehouse);
                foreach (var (clientName, path, check) in toLoad)
                {
                    var outcome = run.Files.First(o => o.FileName == Path.GetFileName(path));
                    answers.Add(Answer(clientName, Path.GetFileName(path), outcome, check, catalogue));
                }
            }
            foreach (var a in answers)
                logger.LogInformation("Upload by {User}: {ClientName} stored as {StoredName}: {Outcome} ({Summary})", user, LogText.Safe(a.ClientName), a.StoredName, a.Outcome, LogText.Safe(a.Summary));
            return answers;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    async Task<UploadAnswer?> StoreAndCheckAsync(FolderLoader loader, string clientName, Stream content,
        List<(string, string, FileReadResult)> toLoad, CancellationToken cancellationToken)
    {
        var stored = StoredFileName.For(clientName, clock.GetLocalNow().DateTime);
        if (stored is null)
            return new UploadAnswer(clientName, "", "rejected",
                $"Không nhận loại tệp này: chỉ nhận {string.Join(", ", StoredFileName.Extensions)} (file type not accepted).", []);
        stored = Unique(stored);
        var incoming = Path.Combine(Incoming, stored);
        if (!await CopyBoundedAsync(content, incoming, cancellationToken))
        {
            File.Delete(incoming);
            return new UploadAnswer(clientName, stored, "rejected",
                $"Tệp lớn hơn {MaxFileBytes / 1024 / 1024} MB, không nhận (file too large).", []);
        }

        var check = loader.Check(incoming);
        if (check.IsRejected)
        {
            File.Move(incoming, Path.Combine(Rejected, stored), overwrite: true);
            var where = string.Join(" › ", new[] { check.RejectSheet, check.RejectCell }.Where(s => !string.IsNullOrEmpty(s)));
            return new UploadAnswer(clientName, stored, "rejected", check.RejectReason!, where.Length > 0 ? [where] : []);
        }
        var accepted = Path.Combine(Accepted, stored);
        File.Move(incoming, accepted);
        toLoad.Add((clientName, accepted, check));
        return null;
    }

    static UploadAnswer Answer(string clientName, string stored, FileLoadOutcome outcome, FileReadResult check, Catalogue catalogue)
    {
        string UnitName(string code) => catalogue.Units.FirstOrDefault(u => u.Code == code)?.Name ?? code;
        var details = check.Submissions.SelectMany(s => s.RowRejects)
            .Select(r => $"{r.Sheet}{(r.Cell is null ? "" : " › " + r.Cell)}: {r.Reason}").Take(200).ToList();
        var values = outcome.IndicatorFacts + outcome.TargetFacts + outcome.OrgCountFacts;
        var appendices = string.Join(", ", check.Submissions.Select(s => $"{AppendixName(s.AppendixCode)} của {UnitName(s.UnitCode)}").Distinct());
        return outcome.Status switch
        {
            "rejected" => new(clientName, stored, "rejected", "Không ghi được vào kho dữ liệu; tệp không được nạp (warehouse write failed).", details),
            "unchanged" => new(clientName, stored, "unchanged", "Tệp này đã được nạp trước đây, không có gì thay đổi (already loaded).", details),
            _ when outcome.SupersededSubmissions > 0 => new(clientName, stored, "replaced",
                $"Đã nạp {values} giá trị ({appendices}), thay thế {outcome.SupersededSubmissions} bản gửi trước.", details),
            _ when outcome.SupersededByNewer > 0 && values == 0 => new(clientName, stored, "older",
                $"Đã lưu nhưng không dùng: đã có bản mới hơn của {appendices} (older than the report in force).", details),
            _ => new(clientName, stored, "added", $"Đã nạp {values} giá trị ({appendices})" + (details.Count > 0 ? $"; {details.Count} ô/dòng bị từ chối." : "."), details),
        };
    }

    static string AppendixName(string code) => code == "PL9" ? "Phụ lục IX" : "Phụ lục " + code[2..];

    // Reads at most MaxFileBytes + 1: a larger stream is refused without being stored whole.
    static async Task<bool> CopyBoundedAsync(Stream source, string path, CancellationToken cancellationToken)
    {
        await using var target = OwnerOnly.Create(path);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > MaxFileBytes) return false;
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return true;
    }

    string Unique(string name)
    {
        var candidate = name;
        for (var i = 2; File.Exists(Path.Combine(Accepted, candidate)) || File.Exists(Path.Combine(Incoming, candidate)); i++)
            candidate = $"{Path.GetFileNameWithoutExtension(name)}-{i}{Path.GetExtension(name)}";
        return candidate;
    }
}
