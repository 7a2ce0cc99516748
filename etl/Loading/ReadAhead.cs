namespace CCHC.Etl.Loading;

/// <summary>
/// Reads files on a few background workers while the caller writes what was read before, and hands the results back
/// in the files' order (which report supersedes which can depend on it). Workers stay at most a window of files ahead
/// of the caller, so memory holds a handful of results, never a folder.
/// </summary>
static class ReadAhead
{
    /// <param name="newReader">Makes one worker's reader: each worker has its own, so a reader need not be thread-safe.</param>
    /// <remarks>
    /// An exception from a read is rethrown to the caller when it reaches that file, as if it had read the file itself.
    /// Leaving the loop early (or an exception in it) stops the workers; a read under way is let finish.
    /// </remarks>
    public static IEnumerable<T> Ordered<T>(IReadOnlyList<string> files, Func<Func<string, T>> newReader, int workers, int window)
    {
        var results = new TaskCompletionSource<T>[files.Count];
        for (var i = 0; i < results.Length; i++)
            results[i] = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var room = new SemaphoreSlim(window);
        using var stop = new CancellationTokenSource();
        var next = -1;

        void Work()
        {
            Func<string, T>? read = null;
            while (true)
            {
                try { room.Wait(stop.Token); }
                catch (OperationCanceledException) { return; }
                var i = Interlocked.Increment(ref next);
                if (i >= files.Count) return;
                var slot = results[i];
                try
                {
                    read ??= newReader();
                    slot.SetResult(read(files[i]));
                }
                catch (Exception e)
                {
                    slot.SetException(e);
                }
            }
        }

        var threads = Enumerable.Range(0, Math.Min(workers, files.Count))
            .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                // Waits for this file only, and rethrows its read's exception as it was thrown.
                var result = results[i].Task.GetAwaiter().GetResult();
                results[i] = null!; // the caller has it now
                room.Release();
                yield return result;
            }
        }
        finally
        {
            stop.Cancel();
            Task.WaitAll(threads, CancellationToken.None);
        }
    }
}
