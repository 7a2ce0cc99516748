using System.Security.Claims;

namespace CCHC.Dashboard.Accounts;

/// <summary>Whether a signed-in principal still stands: its account exists, was not changed since (same security
/// stamp, so no new role or password), and its session was not ended by signing out. Asked on every request
/// (the cookie's OnValidatePrincipal) and by every open page (<see cref="RevalidatingAccountState"/>).</summary>
public sealed class SessionCheck(UserStore users, SessionTickets sessions)
{
    public const string StampClaim = "cchc:stamp";

    public static ClaimsPrincipal Principal(UserAccount account) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role), new Claim(StampClaim, account.SecurityStamp)],
        Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme));

    public bool IsCurrent(ClaimsPrincipal principal)
    {
        var account = principal.Identity?.Name is { } name ? users.Find(name) : null;
        return account is not null
            && (principal.FindFirstValue(StampClaim) ?? "") == account.SecurityStamp
            && principal.IsInRole(account.Role)
            && principal.FindFirstValue(SessionTickets.SessionClaim) is { } session
            && sessions.IsActive(session);
    }
}
