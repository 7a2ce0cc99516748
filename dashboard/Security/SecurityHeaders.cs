namespace CCHC.Dashboard.Security;

/// <summary>Headers for every response. The Content-Security-Policy allows only this site's own scripts, styles
/// and the websocket of the Blazor circuit: the charts run under it because our ApexCharts module never evaluates
/// strings (formatters are chosen by name), and ApexCharts' inline style attributes need 'unsafe-inline' for styles
/// only. Images may be data: URLs (chart exports in the browser, the favicon).</summary>
public static class SecurityHeaders
{
    const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        await next();
    });
}
