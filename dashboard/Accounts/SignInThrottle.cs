using System.Net;
using System.Threading.RateLimiting;
using CCHC.Dashboard.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace CCHC.Dashboard.Accounts;

/// <summary>Sign-in attempts limited per client address and per account name with ASP.NET Core's rate limiter
/// (sliding one-minute windows), so guessing passwords is slow from one machine and slow against one account from
/// many. Only the sign-in form's POST is counted; <see cref="SignInLockout"/> then locks a name after repeated
/// wrong passwords. Registered with the other limits in <see cref="Security.RequestLimits"/>.</summary>
public static class SignInThrottle
{
    /// <summary>The account name field of the sign-in form (Blazor names it after the bound model).</summary>
    public const string NameField = "Input.Name";

    /// <summary>Reads the sign-in form before the limiter asks for the name in it (a partition is chosen
    /// synchronously). Goes before <c>UseRateLimiter</c>.</summary>
    public static IApplicationBuilder UseSignInForm(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsSignIn(context) && context.Request.HasFormContentType) await context.Request.ReadFormAsync(context.RequestAborted);
        await next();
    });

    /// <summary>The per-address and per-name limiters, chained (see <see cref="Security.RequestLimits"/>).</summary>
    public static PartitionedRateLimiter<HttpContext>[] Limiters(AccountOptions options) =>
    [
        PartitionedRateLimiter.Create<HttpContext, string>(http => IsSignIn(http)
            ? RateLimitPartition.GetSlidingWindowLimiter("address:" + Address(http), _ => PerMinute(options.SignInsPerAddressPerMinute))
            : RateLimitPartition.GetNoLimiter("")),
        PartitionedRateLimiter.Create<HttpContext, string>(http => IsSignIn(http)
            ? RateLimitPartition.GetSlidingWindowLimiter("name:" + Name(http), _ => PerMinute(options.SignInsPerNamePerMinute))
            : RateLimitPartition.GetNoLimiter("")),
    ];

    static SlidingWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        SegmentsPerWindow = 6,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public static bool IsSignIn(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals(AccountSetup.LoginPath, StringComparison.OrdinalIgnoreCase);

    static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "";

    // Names compare without case, as the store does; an attacker's long names are cut so partitions stay small.
    static string Name(HttpContext http)
    {
        var name = http.Request.HasFormContentType && http.Request.Form.TryGetValue(NameField, out var value) ? value.ToString().Trim() : "";
        return (name.Length > 64 ? name[..64] : name).ToLowerInvariant();
    }

    public static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        http.RequestServices.GetRequiredService<ILogger<UserStore>>().LogWarning(
            "Sign-in throttled for {User} from {Address}: too many attempts in a minute", LogText.Safe(Name(http)), Address(http));
        http.Response.Headers.RetryAfter = "60";
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>Tạm dừng đăng nhập – CCHC Analytics</title>
            <link rel="stylesheet" href="/app.css"></head>
            <body><main class="card login-card" data-throttled>
            <h1>Tạm dừng đăng nhập</h1>
            <p class="status-bad" role="alert">Có quá nhiều lần thử đăng nhập từ máy này hoặc cho tài khoản này trong một phút. Hãy đợi một phút rồi thử lại.</p>
            <p><a href="{WebUtility.HtmlEncode(AccountSetup.LoginPath)}">Về trang đăng nhập</a></p>
            </main></body></html>
            """, cancellationToken);
    }
}
