namespace CCHC.Warehouse.Publishing;

/// <summary>An exclusive lock on a file beside the warehouse, held by one loading process at a time. The operating
/// system releases it when the process ends, also when it is killed, so a crashed load never blocks the next.</summary>
sealed class WriterLock : IDisposable
{
    readonly FileStream stream;

    WriterLock(FileStream stream) => this.stream = stream;

    public static WriterLock Acquire(string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            catch (IOException e)
            {
                throw new WarehouseBusyException(
                    $"Một lượt nạp khác đang chạy và chưa xong sau {timeout.TotalSeconds:0} giây (another load holds {path}).", e);
            }
        }
    }

    public void Dispose() => stream.Dispose();
}

/// <summary>Another load held the warehouse for longer than this one could wait.</summary>
public sealed class WarehouseBusyException(string message, Exception inner) : IOException(message, inner);
