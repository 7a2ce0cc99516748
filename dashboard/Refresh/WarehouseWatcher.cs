using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Refresh;

/// <summary>Notices when a load (the upload page, the ETL's command line, another dashboard process) publishes a
/// new warehouse snapshot, and tells the open pages. Polling the published link is cheap and works the same
/// across processes and mounted folders, where file-system events are not reliable.</summary>
public sealed class WarehouseWatcher(WarehouseReader reader, ILogger<WarehouseWatcher> logger) : BackgroundService
{
    static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>The snapshot published now (null when there is none yet).</summary>
    public string? Current { get; private set; } = Snapshot(reader);

    /// <summary>Raised on a pool thread with the new snapshot's file name.</summary>
    public event Action<string?>? Published;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = Snapshot(reader);
            if (now == Current) continue;
            Current = now;
            logger.LogInformation("Warehouse snapshot {Snapshot} published; open pages are told", now);
            Published?.Invoke(now);
        }
    }

    static string? Snapshot(WarehouseReader reader)
    {
        try
        {
            return reader.CurrentSnapshot is { } path ? Path.GetFileName(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
