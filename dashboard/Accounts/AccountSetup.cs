using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CCHC.Dashboard.Accounts;

/// <summary>Cookie sign-in over <see cref="UserStore"/>, the role policies, and the sign-out endpoint.</summary>
public static class AccountSetup
{
    public const string LoginPath = "/dang-nhap";

    public static IServiceCollection AddAccounts(this IServiceCollection services, string usersPath)
    {
        services.AddSingleton(new UserStore(usersPath));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = LoginPath;
            o.LogoutPath = "/dang-xuat";
            o.AccessDeniedPath = "/khong-du-quyen";
            o.Cookie.Name = "cchc.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.CanExport, p => p.RequireRole(Roles.Analyst, Roles.Admin))
            .AddPolicy(Roles.CanAdminister, p => p.RequireRole(Roles.Admin));
        services.AddCascadingAuthenticationState();
        return services;
    }

    public static ClaimsPrincipal Principal(UserAccount account) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role)],
        CookieAuthenticationDefaults.AuthenticationScheme));

    public static void MapAccounts(this IEndpointRouteBuilder app) =>
        // POST with the antiforgery token of the form that sends it, so another site cannot sign a user out.
        app.MapPost("/dang-xuat", async (HttpContext http, IAntiforgery antiforgery, ILogger<UserStore> logger) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest("Yêu cầu không hợp lệ (antiforgery).");
            logger.LogInformation("Sign-out of {User}", http.User.Identity?.Name);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect(LoginPath);
        });
}
