using CCHC.Dashboard.Security;
using CCHC.Etl.Loading;
using CCHC.Etl.Reference;
using CCHC.Warehouse.Model;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Uploads;

/// <summary>
/// Takes the files a steward uploads: stores each under a name the server makes, checks it, and applies all of them
/// in one published run. A file rejected whole changes no figure, but is recorded in the warehouse with its reason,
/// so the overview counts it and /du-lieu lists it; the file itself is kept in uploads/rejected. See
/// <see cref="UploadFolders"/> for where a file goes when.
/// </summary>
public sealed class UploadService(Hosting.DataPaths paths, UploadFolders folders, DashboardQueries queries, ILogger<UploadService> logger, TimeProvider clock)
{
    /// <summary>The largest file taken, also enforced while reading the upload stream: the loader's own limit, so
    /// the page promises what the loader accepts.</summary>
    public const long MaxFileBytes = CCHC.Etl.Reading.ReadLimits.MaxFileBytes;
    public const int MaxFiles = 20;

    static readonly SemaphoreSlim OneAtATime = new(1, 1);

    sealed record Stored(string ClientName, string Path, FileReadResult Check);

    public async Task<IReadOnlyList<UploadAnswer>> UploadAsync(IReadOnlyList<(string Name, Stream Content)> files, string user, CancellationToken cancellationToken = default)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            folders.Create();
            var catalogue = CatalogueLoader.Load(paths.Catalogue);
            var loader = new FolderLoader(catalogue);
            var answers = new List<UploadAnswer>();
            var stored = new List<Stored>();
            foreach (var (clientName, content) in files.Take(MaxFiles))
            {
                var (refused, path) = await StoreAsync(clientName, content, cancellationToken);
                if (refused is not null) answers.Add(refused);
                else stored.Add(new Stored(clientName, path!, loader.Check(path!)));
            }
            if (stored.Count > 0)
            {
                // Rejected files too: the run records them (status rejected, with the reason) and changes no figure.
                var run = loader.LoadFiles(stored.Select(f => f.Path).ToList(), paths.Warehouse);
                var loads = run.Files.Any(f => f.Status == "unchanged") ? await queries.LoadsAsync(cancellationToken) : [];
                foreach (var file in stored)
                {
                    var outcome = run.Files.First(o => o.FileName == Path.GetFileName(file.Path));
                    var earlier = outcome.Status == "unchanged" && IsEarlierVersion(loads, file.Check.File.ContentHash);
                    answers.Add(UploadAnswers.For(file.ClientName, Path.GetFileName(file.Path), outcome, file.Check, catalogue, earlier));
                    Place(file, outcome, earlier);
                }
                folders.Prune();
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

    /// <summary>Makes the earlier version the steward re-uploaded (answered "earlier", kept in uploads/earlier) the
    /// one in force again. Its original stays where it was loaded from; the copy is removed once restored.</summary>
    public async Task<UploadAnswer> RestoreAsync(string clientName, string storedName, string user, CancellationToken cancellationToken = default)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            var path = folders.EarlierFile(storedName);
            if (path is null)
                return new UploadAnswer(clientName, storedName, "rejected", "Không còn bản này để dùng lại; hãy tải tệp lên lần nữa.", []);
            var catalogue = CatalogueLoader.Load(paths.Catalogue);
            var loader = new FolderLoader(catalogue);
            var check = loader.Check(path);
            var outcome = loader.Restore(path, paths.Warehouse).Files[0];
            File.Delete(path);
            var answer = UploadAnswers.Restored(clientName, storedName, outcome, check, catalogue);
            logger.LogInformation("Restore by {User}: {ClientName} ({StoredName}), first loaded as {FileName}: {Outcome} ({Summary})",
                user, LogText.Safe(clientName), storedName, outcome.FileName, answer.Outcome, answer.Summary);
            return answer;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>Files a killed upload left in uploads/incoming: one the warehouse loaded under its own name goes to
    /// the workbooks folder, as the upload would have moved it; one it recorded as rejected to uploads/rejected;
    /// anything else (never published, or bytes loaded before) is deleted. Run on start, before serving.</summary>
    public async Task RecoverAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folders.Incoming)) return;
        var leftovers = Directory.GetFiles(folders.Incoming);
        if (leftovers.Length == 0) return;
        folders.Create();
        IReadOnlyList<LoadInfo> loads;
        try
        {
            loads = await queries.LoadsAsync(cancellationToken);
        }
        catch (WarehouseUnavailableException)
        {
            loads = [];
        }
        foreach (var path in leftovers)
        {
            var name = Path.GetFileName(path);
            var hash = SourceFiles.Describe(path).ContentHash;
            var load = loads.FirstOrDefault(l => l.ContentHash == hash && l.FileName == name);
            var where = load?.Status switch { "loaded" => folders.Accepted, "rejected" => folders.Rejected, _ => null };
            if (where is null) File.Delete(path); else folders.MoveTo(where, path);
            logger.LogWarning("An interrupted upload left {StoredName} in {Folder}: {Action}", name, folders.Incoming,
                where is null ? "deleted (not in the warehouse)" : $"moved to {where}");
        }
    }

    // A file whose submissions were all replaced since it was loaded: the steward may want it in force again.
    static bool IsEarlierVersion(IReadOnlyList<LoadInfo> loads, string contentHash) =>
        loads.FirstOrDefault(l => l.ContentHash == contentHash && l.Status == "loaded") is { Submissions: > 0, ActiveSubmissions: 0 };

    void Place(Stored file, FileLoadOutcome outcome, bool earlier)
    {
        if (file.Check.IsRejected || outcome.Status == "rejected") folders.MoveTo(folders.Rejected, file.Path);
        else if (earlier) folders.MoveTo(folders.Earlier, file.Path);
        // The same bytes are in the workbooks folder already, under the name they were first loaded with.
        else if (outcome.Status == "unchanged") File.Delete(file.Path);
        else folders.MoveTo(folders.Accepted, file.Path);
    }

    async Task<(UploadAnswer? Refused, string? Path)> StoreAsync(string clientName, Stream content, CancellationToken cancellationToken)
    {
        var stored = StoredFileName.For(clientName, clock.GetLocalNow().DateTime);
        if (stored is null)
            return (new UploadAnswer(clientName, "", "rejected",
                $"Không nhận loại tệp này: chỉ nhận {string.Join(", ", StoredFileName.Extensions)} (file type not accepted).", []), null);
        stored = folders.Unique(stored);
        var incoming = Path.Combine(folders.Incoming, stored);
        if (!await CopyBoundedAsync(content, incoming, cancellationToken))
        {
            File.Delete(incoming);
            return (new UploadAnswer(clientName, stored, "rejected",
                $"Tệp lớn hơn {MaxFileBytes / 1024 / 1024} MB, không nhận (file too large).", []), null);
        }
        return (null, incoming);
    }

    // Reads at most MaxFileBytes + 1: a larger stream is refused without being stored whole.
    static async Task<bool> CopyBoundedAsync(Stream source, string path, CancellationToken cancellationToken)
    {
        await using var target = CCHC.Warehouse.Publishing.OwnerOnly.Create(path);
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
}
