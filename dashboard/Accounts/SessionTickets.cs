using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CCHC.Dashboard.Accounts;

/// <summary>The signed-in sessions, held by the server: the cookie carries only a random session id, so signing
/// out (which removes the id here) ends the session for every copy of the cookie, not only in the browser that
/// clicked. Held in memory: a restart of the dashboard signs everyone out, which is the safe side to fail on.</summary>
public sealed class SessionTickets(TimeProvider clock) : ITicketStore
{
    /// <summary>The session id inside the principal too, so an open page (a circuit sees the principal, not the
    /// cookie) can ask whether its session still stands.</summary>
    public const string SessionClaim = "cchc:session";

    readonly ConcurrentDictionary<string, AuthenticationTicket> tickets = new(StringComparer.Ordinal);

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        PruneExpired();
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        (ticket.Principal.Identity as ClaimsIdentity)?.AddClaim(new Claim(SessionClaim, id));
        tickets[id] = ticket;
        return Task.FromResult(id);
    }

    // A sliding renewal must not bring back a session that was ended meanwhile.
    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        if (tickets.TryGetValue(key, out var old)) tickets.TryUpdate(key, ticket, old);
        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => Task.FromResult(Live(key));

    public Task RemoveAsync(string key)
    {
        tickets.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public bool IsActive(string key) => Live(key) is not null;

    AuthenticationTicket? Live(string key)
    {
        if (!tickets.TryGetValue(key, out var ticket)) return null;
        if (!Expired(ticket)) return ticket;
        tickets.TryRemove(key, out _);
        return null;
    }

    bool Expired(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc is { } expires && expires <= clock.GetUtcNow();

    void PruneExpired()
    {
        foreach (var (key, ticket) in tickets)
            if (Expired(ticket)) tickets.TryRemove(key, out _);
    }
}
