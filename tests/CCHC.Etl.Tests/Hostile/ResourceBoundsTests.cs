using System.Diagnostics;
using CCHC.Etl.Reading;
using CCHC.Etl.Tests.Builders;
using CCHC.Etl.Tests.Hostile.Corpus;
using Xunit.Abstractions;

namespace CCHC.Etl.Tests.Hostile;

/// <summary>Runs alone, after the parallel tests, so the process's memory is this test's.</summary>
[CollectionDefinition(nameof(MeasuredAlone), DisableParallelization = true)]
public sealed class MeasuredAlone;

/// <summary>The files built to exhaust the server, measured while the reader refuses them: time (printed, never
/// asserted: machines differ) and the managed heap's peak, sampled every few milliseconds, which must stay far below
/// what the file would take if read whole.</summary>
[Collection(nameof(MeasuredAlone))]
public class ResourceBoundsTests(ITestOutputHelper output)
{
    const long MiB = 1024 * 1024;
    const long HeapBound = 256 * MiB;

    public static TheoryData<string> Cases =>
        ["million_rows", "xls_past_row_limit", "zip_bomb", "zip_bomb_understated", "billion_laughs", "ole_difat_loop", "three_hundred_sheets", "label_that_backtracks"];

    [Theory, MemberData(nameof(Cases))]
    public void Reading_stays_within_bounded_memory(string name)
    {
        var hostile = BrokenFiles.All.Concat(OversizedFiles.All).Concat(HostileText.All).Single(c => c.Name == name);
        using var dir = new TempDirectory();
        var path = dir.File(hostile.FileName);
        hostile.Write(path);

        var (answer, read) = Measure(() =>
        {
            try { return $"read, {WorkbookReader.Read(path).Sheets.Count} sheets"; }
            catch (WorkbookReadException e) { return "refused: " + e.Message; }
        });
        var (_, load) = Measure(() =>
        {
            using var folder = new HostileFolder();
            File.Copy(path, folder.Input.File(hostile.FileName));
            return folder.Load().Files.Single().Status;
        });

        output.WriteLine($"{name}: {new FileInfo(path).Length / 1024.0 / 1024:0.0} MB on disk; {answer}");
        output.WriteLine($"  WorkbookReader.Read: {read}");
        output.WriteLine($"  FolderLoader.Load (fresh warehouse): {load}");
        Assert.True(read.PeakHeap < HeapBound, $"peak managed heap {read.PeakHeap / MiB} MB reading {name}");
    }

    sealed record Figures(long Milliseconds, long PeakHeap, long Allocated, long PeakWorkingSetBefore, long PeakWorkingSetAfter)
    {
        public override string ToString() =>
            $"{Milliseconds} ms, managed heap peak +{PeakHeap / MiB} MB over baseline, {Allocated / MiB} MB allocated in all, " +
            $"process peak working set {PeakWorkingSetBefore / MiB} → {PeakWorkingSetAfter / MiB} MB";
    }

    static (string Answer, Figures Figures) Measure(Func<string> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var process = Process.GetCurrentProcess();
        var peakBefore = process.PeakWorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var peak = baseline;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            do peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            while (!done.Wait(2));
        })
        { IsBackground = true };
        sampler.Start();
        var clock = Stopwatch.StartNew();
        var answer = work();
        clock.Stop();
        done.Set();
        sampler.Join();
        process.Refresh();
        return (answer, new Figures(clock.ElapsedMilliseconds, Math.Max(0, peak - baseline), GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
            peakBefore, process.PeakWorkingSet64));
    }
}
