using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace CCHC.Dashboard.Accounts;

/// <summary>An open page keeps its circuit, and its sign-in, for hours without another request: this checks the
/// circuit's account every <see cref="AccountOptions.RevalidateSeconds"/> and signs the page out (back to the sign-in
/// form) once the account was removed or changed or its session ended, so a demoted admin's open Tài khoản page
/// stops working too.</summary>
public sealed class RevalidatingAccountState(ILoggerFactory loggers, SessionCheck check, IOptions<AccountOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(Math.Max(1, options.Value.RevalidateSeconds));

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken) =>
        Task.FromResult(state.User.Identity?.IsAuthenticated != true || check.IsCurrent(state.User));
}
