using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CCHC.Dashboard.Export;

/// <summary>Downloads (decks, 4K images, data files) take a core each while they draw: at most
/// <see cref="AtOnce"/> run at once and the rest wait their turn, oldest first, so a room of analysts building
/// decks still leaves a core for the pages leadership reads. Registered in <see cref="Security.RequestLimits"/>.</summary>
public static class ExportThrottle
{
    /// <summary>All cores but one, at least one.</summary>
    public static int AtOnce { get; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Downloads waiting beyond this are refused (503) rather than kept for minutes.</summary>
    public const int Waiting = 64;

    // Not the deck page's previews: small, cached per snapshot and selection, and a page waits for twenty at once.
    public static bool IsExport(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/xuat", StringComparison.OrdinalIgnoreCase)
        && !http.Request.Path.StartsWithSegments("/xuat/xem-truoc", StringComparison.OrdinalIgnoreCase);

    public static PartitionedRateLimiter<HttpContext> Limiter(int atOnce) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http => IsExport(http)
            ? RateLimitPartition.GetConcurrencyLimiter("exports", _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = Math.Max(1, atOnce),
                QueueLimit = Waiting,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })
            : RateLimitPartition.GetNoLimiter(""));

    public static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "30";
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync("Máy chủ đang xuất nhiều tệp cùng lúc; hãy thử lại sau ít phút (too many exports waiting).", cancellationToken);
    }
}
