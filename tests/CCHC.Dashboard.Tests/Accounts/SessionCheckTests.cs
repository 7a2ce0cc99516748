using System.Security.Claims;
using CCHC.Dashboard.Accounts;
using Microsoft.AspNetCore.Authentication;

namespace CCHC.Dashboard.Tests.Accounts;

/// <summary>A signed-in principal stands only while its account is unchanged and its session was not ended.</summary>
public sealed class SessionCheckTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("cchc-accounts-").FullName;
    readonly UserStore users;
    readonly SessionTickets sessions = new(TimeProvider.System);
    readonly SessionCheck check;

    public SessionCheckTests()
    {
        users = new UserStore(Path.Combine(folder, "users.json"));
        check = new SessionCheck(users, sessions);
    }

    async Task<ClaimsPrincipal> SignInAsync(string name)
    {
        var ticket = new AuthenticationTicket(SessionCheck.Principal(users.Find(name)!), new AuthenticationProperties(), "Cookies");
        var key = await sessions.StoreAsync(ticket);
        return (await sessions.RetrieveAsync(key))!.Principal;
    }

    [Fact]
    public async Task A_fresh_session_of_an_unchanged_account_stands()
    {
        users.Add("taison.pnv", Roles.Admin, "password-123");
        Assert.True(check.IsCurrent(await SignInAsync("taison.pnv")));
    }

    [Fact]
    public async Task Removing_the_account_ends_its_sessions()
    {
        users.Add("taison.pnv", Roles.Admin, "password-123");
        var principal = await SignInAsync("taison.pnv");
        users.Remove("taison.pnv");
        Assert.False(check.IsCurrent(principal));
    }

    [Fact]
    public async Task A_role_change_or_password_reset_ends_the_sessions_signed_in_before()
    {
        users.Add("taison.pnv", Roles.Admin, "password-123");
        var before = await SignInAsync("taison.pnv");
        var stamp = users.Find("taison.pnv")!.SecurityStamp;

        users.Add("taison.pnv", Roles.Viewer, "password-456", replace: true);

        Assert.NotEqual(stamp, users.Find("taison.pnv")!.SecurityStamp);
        Assert.False(check.IsCurrent(before));
        Assert.True(check.IsCurrent(await SignInAsync("taison.pnv")));
    }

    [Fact]
    public async Task A_change_written_by_another_process_is_seen_at_once()
    {
        users.Add("taison.pnv", Roles.Admin, "password-123");
        var principal = await SignInAsync("taison.pnv");
        Assert.True(check.IsCurrent(principal));

        // The `user` command is another process with its own store on the same file.
        new UserStore(users.Path).Add("taison.pnv", Roles.Viewer, "password-456", replace: true);

        Assert.False(check.IsCurrent(principal));
    }

    [Fact]
    public async Task Signing_out_removes_the_session_so_a_copied_cookie_finds_nothing()
    {
        users.Add("taison.pnv", Roles.Viewer, "password-123");
        var ticket = new AuthenticationTicket(SessionCheck.Principal(users.Find("taison.pnv")!), new AuthenticationProperties(), "Cookies");
        var key = await sessions.StoreAsync(ticket);
        var principal = (await sessions.RetrieveAsync(key))!.Principal;

        await sessions.RemoveAsync(key);

        Assert.Null(await sessions.RetrieveAsync(key));
        Assert.False(check.IsCurrent(principal));
        // A sliding renewal racing the sign-out does not bring the session back.
        await sessions.RenewAsync(key, ticket);
        Assert.Null(await sessions.RetrieveAsync(key));
    }

    [Fact]
    public async Task An_expired_session_is_gone()
    {
        users.Add("taison.pnv", Roles.Viewer, "password-123");
        var ticket = new AuthenticationTicket(SessionCheck.Principal(users.Find("taison.pnv")!),
            new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddMinutes(-1) }, "Cookies");
        var key = await sessions.StoreAsync(ticket);
        Assert.Null(await sessions.RetrieveAsync(key));
    }

    [Fact]
    public async Task An_account_file_from_before_stamps_still_signs_in_and_a_reset_then_ends_that_session()
    {
        File.WriteAllText(users.Path, """[{"Name":"admin","Role":"admin","PasswordHash":"x","CreatedUtc":"2026-01-01T00:00:00Z"}]""");
        var principal = await SignInAsync("admin");
        Assert.True(check.IsCurrent(principal));

        users.Add("admin", Roles.Admin, "password-456", replace: true);

        Assert.False(check.IsCurrent(principal));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
