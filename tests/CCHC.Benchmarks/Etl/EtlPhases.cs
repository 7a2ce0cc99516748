using System.Diagnostics;
using CCHC.Etl.Loading;
using CCHC.Etl.Reading;
using CCHC.Warehouse;
using CCHC.Warehouse.Model;

namespace CCHC.Benchmarks.Etl;

/// <summary>A rough profile of the loader: the steps FolderLoader takes for each file (hash the bytes, read the
/// cells, interpret the appendices) timed one by one on one thread, then the writes in the loader's largest batches
/// (one transaction each), then the checkpoint a publish does. The loader itself overlaps reading with writing on
/// both cores; here the steps run one after another so each can be timed. The publish's copy and link swap are
/// left out (they cost milliseconds).</summary>
static class EtlPhases
{
    /// <summary>The loader's largest batch (ApplyQueue.MaxBatch, internal to the ETL).</summary>
    const int LoaderBatch = 256;

    public sealed record Result(TimeSpan Hash, TimeSpan Read, TimeSpan Interpret, TimeSpan Write, TimeSpan Checkpoint, int Files)
    {
        public TimeSpan Total => Hash + Read + Interpret + Write + Checkpoint;

        public string Describe()
        {
            var total = Total.TotalMilliseconds;
            string Part(string name, TimeSpan t) => $"{name} {Harness.Show.Percent(t.TotalMilliseconds / total)}";
            return string.Join(" · ", new[] { ("read cells", Read), ("interpret", Interpret), ("write", Write), ("hash", Hash), ("checkpoint", Checkpoint) }
                .OrderByDescending(p => p.Item2).Select(p => Part(p.Item1, p.Item2)));
        }
    }

    public static Result Run(IReadOnlyList<string> files, Catalogue catalogue, string warehousePath)
    {
        var hash = new Stopwatch();
        var read = new Stopwatch();
        var interpret = new Stopwatch();
        var write = new Stopwatch();
        var checkpoint = new Stopwatch();
        using (var database = WarehouseDatabase.OpenForWrite(warehousePath))
        {
            CatalogueSync.Apply(database.Connection, catalogue);
            var loader = new FileLoader(database.Connection);
            var interpreter = new WorkbookInterpreter(catalogue);
            var results = new List<FileReadResult>();
            foreach (var path in files)
            {
                hash.Start();
                var source = SourceFiles.Describe(path);
                var known = loader.IsKnown(source.ContentHash);
                hash.Stop();
                if (known) continue;
                read.Start();
                WorkbookContent? content = null;
                string? problem = null;
                try { content = WorkbookReader.Read(path); }
                catch (WorkbookReadException e) { problem = e.Message; }
                read.Stop();
                interpret.Start();
                results.Add(content is null ? new FileReadResult(source, [], problem) : interpreter.Interpret(content, source));
                interpret.Stop();
            }
            write.Start();
            foreach (var batch in results.Chunk(LoaderBatch))
                loader.Apply(batch);
            write.Stop();
            checkpoint.Start();
            using var command = database.Connection.CreateCommand();
            command.CommandText = "CHECKPOINT";
            command.ExecuteNonQuery();
            checkpoint.Stop();
        }
        return new Result(hash.Elapsed, read.Elapsed, interpret.Elapsed, write.Elapsed, checkpoint.Elapsed, files.Count);
    }
}
