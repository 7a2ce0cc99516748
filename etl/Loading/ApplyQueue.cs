using CCHC.Warehouse;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Loading;

/// <summary>
/// Files waiting to be applied, written to the warehouse a batch per transaction. The run writes into a private copy
/// that is published only when the run ends, so a commit per file bought no durability, only a sync of the log each.
/// A batch that fails is rolled back and its files applied again one per transaction, so a bad file still costs only
/// itself. Outcomes come out in file order, each once its transaction has committed.
/// </summary>
sealed class ApplyQueue(FileLoader loader, Action<FileLoadOutcome> done)
{
    /// <summary>The largest batch: a few hundred small files make one transaction of well under a second.</summary>
    public const int MaxBatch = 256;

    // Entries in file order: an outcome already known ("unchanged"), or a file to apply.
    readonly List<(FileLoadOutcome? Outcome, FileReadResult? File)> waiting = [];
    readonly HashSet<string> waitingHashes = new(StringComparer.Ordinal);
    int files;
    // Batches start at one file and double: the progress shows the first files at once, and a folder of a few files
    // costs only a few commits more than one batch would.
    int batchSize = 1;

    /// <summary>Whether these bytes are applied, or waiting to be, in this run: loaded twice they are one file.</summary>
    public bool Knows(string contentHash) => loader.IsKnown(contentHash) || waitingHashes.Contains(contentHash);

    public void Unchanged(FileLoadOutcome outcome)
    {
        waiting.Add((outcome, null));
        if (files == 0) Report();
    }

    public void Apply(FileReadResult file)
    {
        waiting.Add((null, file));
        waitingHashes.Add(file.File.ContentHash);
        if (++files >= batchSize) Flush();
    }

    /// <summary>Applies what is waiting and reports every outcome.</summary>
    public void Flush()
    {
        if (files > 0)
        {
            var batch = waiting.Where(entry => entry.File is not null).Select(entry => entry.File!).ToList();
            var outcomes = new Queue<FileLoadOutcome>(ApplyBatch(batch));
            for (var i = 0; i < waiting.Count; i++)
                if (waiting[i].File is not null) waiting[i] = (outcomes.Dequeue(), null);
            files = 0;
            waitingHashes.Clear();
            batchSize = Math.Min(batchSize * 2, MaxBatch);
        }
        Report();
    }

    IReadOnlyList<FileLoadOutcome> ApplyBatch(List<FileReadResult> batch)
    {
        if (batch.Count == 1) return [ApplyAlone(batch[0])];
        try
        {
            return loader.Apply(batch);
        }
        catch (DuckDB.NET.Data.DuckDBException)
        {
            // Rolled back whole (and the loader has forgotten what it learnt during it): find the file at fault.
            return batch.Select(ApplyAlone).ToList();
        }
    }

    // The warehouse rolls a failed file back whole; the file is then recorded as rejected so the run goes on
    // and the clerk sees why. If even that cannot be written, the warehouse itself is unwell: that is fatal.
    FileLoadOutcome ApplyAlone(FileReadResult result)
    {
        try
        {
            return loader.Apply(result);
        }
        catch (DuckDB.NET.Data.DuckDBException e) when (!result.IsRejected)
        {
            AdministratorLog.Report(result.File.FileName, null, null, e, unforeseen: true);
            return loader.Apply(new FileReadResult(result.File, [], "Không ghi được vào kho dữ liệu (warehouse write failed): lỗi của kho, " +
                "không phải của tệp; lỗi đã được ghi lại cho quản trị hệ thống, hãy báo Sở Nội vụ kèm tên tệp."));
        }
    }

    void Report()
    {
        foreach (var (outcome, _) in waiting) done(outcome!);
        waiting.Clear();
    }
}
