using CCHC.Etl.Loading;

namespace CCHC.Etl.Tests.Loading;

/// <summary>Files read in the background come back in the order given, a bounded number ahead, and a failed read
/// fails where the caller reaches that file.</summary>
public sealed class ReadAheadTests
{
    static readonly IReadOnlyList<string> Files = Enumerable.Range(0, 200).Select(i => $"f{i:000}").ToList();

    [Fact]
    public void Results_come_in_file_order_whatever_order_the_reads_finish_in()
    {
        var read = ReadAhead.Ordered<string>(Files, () => file =>
        {
            Thread.Sleep(Random.Shared.Next(3) == 0 ? 1 : 0);
            return file.ToUpperInvariant();
        }, workers: 3, window: 8).ToList();

        Assert.Equal(Files.Select(f => f.ToUpperInvariant()), read);
    }

    [Fact]
    public void Workers_stay_within_the_window_ahead_of_the_caller()
    {
        var started = 0;
        var consumed = 0;
        var mostAhead = 0;
        const int window = 5;

        foreach (var _ in ReadAhead.Ordered<string>(Files, () => file =>
                 {
                     var ahead = Interlocked.Increment(ref started) - Volatile.Read(ref consumed);
                     InterlockedMax(ref mostAhead, ahead);
                     return file;
                 }, workers: 3, window))
        {
            Thread.Sleep(Random.Shared.Next(4) == 0 ? 1 : 0);
            Interlocked.Increment(ref consumed);
        }

        // The caller's slot is given back as it takes a result, one before it counts it here.
        Assert.InRange(mostAhead, 1, window + 1);
    }

    [Fact]
    public void A_failed_read_is_thrown_when_the_caller_reaches_that_file()
    {
        var seen = new List<string>();

        var thrown = Assert.Throws<IOException>(() =>
        {
            foreach (var file in ReadAhead.Ordered<string>(Files, () => file => file == "f010" ? throw new IOException("gone: " + file) : file, 2, 4))
                seen.Add(file);
        });

        Assert.Equal("gone: f010", thrown.Message);
        Assert.Equal(Files.Take(10), seen);
    }

    [Fact]
    public void Leaving_early_stops_the_workers_once_their_reads_are_done()
    {
        var running = 0;
        var started = 0;

        foreach (var file in ReadAhead.Ordered<string>(Files, () => file =>
                 {
                     Interlocked.Increment(ref started);
                     Interlocked.Increment(ref running);
                     Thread.Sleep(2);
                     Interlocked.Decrement(ref running);
                     return file;
                 }, workers: 2, window: 4))
            if (file == "f003") break;

        var startedWhenLeft = Volatile.Read(ref started);
        Assert.Equal(0, Volatile.Read(ref running));
        Thread.Sleep(50);
        Assert.Equal(startedWhenLeft, Volatile.Read(ref started));
        Assert.InRange(startedWhenLeft, 4, 4 + 4 + 2);
    }

    [Fact]
    public void Each_worker_has_its_own_reader()
    {
        var readers = 0;

        ReadAhead.Ordered<string>(Files, () =>
        {
            Interlocked.Increment(ref readers);
            var mine = new List<string>(); // not thread-safe: shared, it would break
            return file => { mine.Add(file); return file; };
        }, workers: 3, window: 8).ToList();

        Assert.InRange(readers, 1, 3);
    }

    static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
