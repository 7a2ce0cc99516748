using CCHC.Dashboard.Accounts;
using CCHC.Dashboard.Export;
using CCHC.Dashboard.Security;
using Microsoft.AspNetCore.Http;

namespace CCHC.Dashboard.Tests.Export;

/// <summary>Downloads draw one per spare core and wait their turn; the pages people read never wait for them.</summary>
public sealed class ExportThrottleTests
{
    static HttpContext Get(string path)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "GET";
        http.Request.Path = path;
        return http;
    }

    [Fact]
    public async Task A_download_past_the_spare_cores_waits_for_one_to_finish_and_pages_pass_meanwhile()
    {
        using var limiter = RequestLimits.Limiter(new AccountOptions(), exportsAtOnce: 1);
        var deck = limiter.AttemptAcquire(Get("/xuat/pptx"));
        Assert.True(deck.IsAcquired);

        var next = limiter.AcquireAsync(Get("/xuat/png/trend")).AsTask();
        using (var page = limiter.AttemptAcquire(Get("/xu-huong"))) Assert.True(page.IsAcquired);
        using (var preview = limiter.AttemptAcquire(Get("/xuat/xem-truoc/trend"))) Assert.True(preview.IsAcquired);
        await Task.Delay(50);
        Assert.False(next.IsCompleted);

        deck.Dispose();
        using var lease = await next.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(lease.IsAcquired);
    }

    [Fact]
    public async Task Downloads_beyond_the_waiting_line_are_refused_at_once()
    {
        using var limiter = RequestLimits.Limiter(new AccountOptions(), exportsAtOnce: 1);
        using var running = limiter.AttemptAcquire(Get("/xuat/pptx"));
        var waiting = Enumerable.Range(0, ExportThrottle.Waiting).Select(_ => limiter.AcquireAsync(Get("/xuat/pptx")).AsTask()).ToList();

        using var refused = await limiter.AcquireAsync(Get("/xuat/pptx")).AsTask().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(refused.IsAcquired);
        Assert.All(waiting, w => Assert.False(w.IsCompleted));
        running.Dispose();
        foreach (var w in waiting) (await w.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }
}
