using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using CCHC.Dashboard.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace CCHC.Dashboard.Accounts;

/// <summary>Cookie sign-in over <see cref="UserStore"/> with sessions held by the server, the role policies, and the
/// sign-out endpoint.</summary>
public static class AccountSetup
{
    public const string LoginPath = "/dang-nhap";
    const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration, string usersPath)
    {
        services.Configure<AccountOptions>(configuration.GetSection("Accounts"));
        services.AddSingleton(new UserStore(usersPath));
        services.AddSingleton<SessionTickets>();
        services.AddSingleton<SessionCheck>();
        services.AddSingleton<SignInLockout>();
        services.AddRequestLimits();
        services.AddAuthentication(Scheme).AddCookie(o =>
        {
            o.LoginPath = LoginPath;
            o.LogoutPath = "/dang-xuat";
            o.AccessDeniedPath = "/khong-du-quyen";
            o.Cookie.Name = "cchc.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = RejectStaleSession;
        });
        services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure<SessionTickets>((o, tickets) => o.SessionStore = tickets);
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.CanExport, p => p.RequireRole(Roles.Analyst, Roles.Admin))
            .AddPolicy(Roles.CanAdminister, p => p.RequireRole(Roles.Admin));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAccountState>();
        return services;
    }

    // Every request: an account removed or changed (role, password) since sign-in, or a session ended, is signed out.
    static async Task RejectStaleSession(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        if (context.Principal is { } principal && services.GetRequiredService<SessionCheck>().IsCurrent(principal)) return;
        services.GetRequiredService<ILogger<UserStore>>().LogInformation(
            "Session of {User} ended: the account was removed or changed, or the session was signed out",
            LogText.Safe(context.Principal?.Identity?.Name));
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(Scheme);
    }

    public static void MapAccounts(this IEndpointRouteBuilder app) =>
        // POST with the antiforgery token of the form that sends it, so another site cannot sign a user out.
        app.MapPost("/dang-xuat", async (HttpContext http, IAntiforgery antiforgery, ILogger<UserStore> logger) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest("Yêu cầu không hợp lệ (antiforgery).");
            logger.LogInformation("Sign-out of {User}", LogText.Safe(http.User.Identity?.Name));
            // Removes the session from SessionTickets too: a copy of this cookie no longer signs anyone in.
            await http.SignOutAsync(Scheme);
            return Results.LocalRedirect(LoginPath);
        });
}
