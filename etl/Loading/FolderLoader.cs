using CCHC.Etl.Reading;
using CCHC.Warehouse;
using CCHC.Warehouse.Model;
using CCHC.Warehouse.Publishing;

namespace CCHC.Etl.Loading;

/// <summary>Loads every workbook of a folder into the warehouse: a bad file is one rejection and never touches what
/// is already loaded (see <see cref="ApplyQueue"/>); a file whose bytes were loaded before is skipped, so loading the
/// same folder twice changes nothing. Files are read a few at a time in the background while earlier ones are written.</summary>
public sealed class FolderLoader(Catalogue catalogue, IProgress<FileLoadOutcome>? progress = null)
{
    public LoadRun Load(string inputDirectory, string warehousePath)
    {
        if (!Directory.Exists(inputDirectory))
            throw new DirectoryNotFoundException($"Không tìm thấy thư mục dữ liệu '{inputDirectory}' (input folder not found).");
        return LoadFiles(SourceFiles.In(inputDirectory), warehousePath) with
        {
            Skipped = SourceFiles.Skipped(inputDirectory).Select(Path.GetFileName).OfType<string>().ToList(),
        };
    }

    /// <summary>Loads these files (an upload, or a folder's listing) in one published run.</summary>
    public LoadRun LoadFiles(IReadOnlyList<string> files, string warehousePath) =>
        // On a copy, published in one step when the run is over: a reader never sees half a run, and a run killed
        // midway leaves the last published warehouse as it was.
        WarehousePublisher.Publish(warehousePath, database =>
        {
            var run = Load(database, files);
            return (run, run.CatalogueChanged || run.Files.Any(f => f.Status != "unchanged"));
        });

    /// <summary>Makes a file loaded before, and replaced since by a newer report, the one in force again (the
    /// steward re-uploaded it and chose so), in one published run; see <see cref="FileLoader.Restore"/>.</summary>
    /// <param name="path">A copy of the file: the same bytes as the load it restores.</param>
    public LoadRun Restore(string path, string warehousePath) =>
        WarehousePublisher.Publish(warehousePath, database =>
        {
            var catalogueChanged = CatalogueSync.Apply(database.Connection, catalogue);
            var outcome = new FileLoader(database.Connection).Restore(SourceFiles.Describe(path));
            var run = new LoadRun([outcome], catalogueChanged, WarehouseSummary.Read(database.Connection));
            return (run, catalogueChanged || outcome.Status == "restored");
        });

    /// <summary>Reads and interprets one file without touching the warehouse: what it would add, or why it is
    /// rejected whole (the upload page answers with this before anything is published).</summary>
    public FileReadResult Check(string path) => Read(new WorkbookInterpreter(catalogue), path, SourceFiles.Describe(path));

    LoadRun Load(WarehouseDatabase database, IReadOnlyList<string> files)
    {
        var catalogueChanged = CatalogueSync.Apply(database.Connection, catalogue);
        // The run writes a private copy, published when it ends: the reports in force are worked out once, at the end.
        var loader = new FileLoader(database.Connection, deferInForce: true);
        var outcomes = new List<FileLoadOutcome>();
        var queue = new ApplyQueue(loader, outcome =>
        {
            outcomes.Add(outcome);
            progress?.Report(outcome);
        });

        // Files known before the run are only hashed, never read; the queue decides "unchanged" in file order,
        // which also catches the same bytes twice in this run.
        var knownBefore = loader.KnownContentHashes();
        Func<string, (SourceFile, FileReadResult?)> NewReader()
        {
            var interpreter = new WorkbookInterpreter(catalogue);
            return path =>
            {
                var source = SourceFiles.Describe(path);
                return (source, knownBefore.Contains(source.ContentHash) ? null : Read(interpreter, path, source));
            };
        }

        foreach (var (source, result) in ReadAhead.Ordered(files, NewReader, Readers, ReadWindow))
        {
            if (result is null || queue.Knows(source.ContentHash))
                queue.Unchanged(new FileLoadOutcome(source.FileName, "unchanged", 0, 0, 0, 0, 0, 0));
            else
                queue.Apply(result);
        }
        queue.Flush();
        loader.PutInForce();
        return new LoadRun(outcomes, catalogueChanged, WarehouseSummary.Read(database.Connection));
    }

    // Reading and interpreting a file costs more than writing it now that files are written in batches: two or three
    // readers keep the writer busy; more would only fight it for the cores.
    static readonly int Readers = Math.Clamp(Environment.ProcessorCount - 1, 2, 3);
    const int ReadWindow = 64;

    static FileReadResult Read(WorkbookInterpreter interpreter, string path, SourceFile source)
    {
        try
        {
            return interpreter.Interpret(WorkbookReader.Read(path), source);
        }
        catch (WorkbookReadException e)
        {
            if (e.InnerException is { } parser) AdministratorLog.Report(source.FileName, e.Sheet, e.Cell, parser);
            return new FileReadResult(source, [], e.Message, e.Sheet, e.Cell);
        }
        // A file no rule foresaw must cost only itself: the run, and every other file in it, goes on.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            AdministratorLog.Report(source.FileName, null, null, e, unforeseen: true);
            return new FileReadResult(source, [], "Tệp không đọc được do một lỗi của chương trình (không phải lỗi của tệp); lỗi đã được ghi lại " +
                "cho quản trị hệ thống, hãy báo Sở Nội vụ kèm tên tệp (unexpected error, logged for the administrator).");
        }
    }
}

/// <summary>What one run of the loader did, file by file.</summary>
public sealed record LoadRun(IReadOnlyList<FileLoadOutcome> Files, bool CatalogueChanged, WarehouseSummary Warehouse)
{
    /// <summary>Files of the folder that are no report in any format (neither read nor rejected), by name.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    public int Rejected => Files.Count(f => f.Status == "rejected");
    public int RowRejects => Files.Where(f => f.Status != "rejected").Sum(f => f.Rejects);

    /// <summary>0 when every file loaded cleanly, 2 when a file or some of its rows were rejected.</summary>
    public int ExitCode => Rejected > 0 || Files.Any(f => f.Status != "rejected" && f.Rejects > 0) ? 2 : 0;
}
