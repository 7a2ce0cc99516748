using System.Threading.RateLimiting;
using CCHC.Dashboard.Accounts;
using CCHC.Dashboard.Export;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CCHC.Dashboard.Security;

/// <summary>ASP.NET Core's rate limiter with our limits chained in one global limiter: sign-in attempts
/// (<see cref="SignInThrottle"/>) and downloads at once (<see cref="ExportThrottle"/>); every other request passes
/// unlimited.</summary>
public static class RequestLimits
{
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AccountOptions>>((o, accounts) =>
        {
            o.GlobalLimiter = Limiter(accounts.Value, ExportThrottle.AtOnce);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (rejected, cancellationToken) => ExportThrottle.IsExport(rejected.HttpContext)
                ? ExportThrottle.RefuseAsync(rejected, cancellationToken)
                : SignInThrottle.RefuseAsync(rejected, cancellationToken);
        });
        return services;
    }

    public static PartitionedRateLimiter<HttpContext> Limiter(AccountOptions accounts, int exportsAtOnce) =>
        PartitionedRateLimiter.CreateChained([.. SignInThrottle.Limiters(accounts), ExportThrottle.Limiter(exportsAtOnce)]);

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.UseSignInForm().UseRateLimiter();
}
