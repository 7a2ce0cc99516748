using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CCHC.Dashboard.Accounts;

/// <summary>Locks an account name for <see cref="AccountOptions.LockoutMinutes"/> after
/// <see cref="AccountOptions.LockoutFailures"/> wrong passwords in a row, the right password refused too while it
/// lasts. Names without an account are counted the same way, so a lock tells nobody which names exist. Held in
/// memory: the rate limiter bounds how many names one address can fill it with.</summary>
public sealed class SignInLockout(IOptions<AccountOptions> options, TimeProvider clock)
{
    sealed record Entry(int Failures, DateTimeOffset LastFailure, DateTimeOffset? LockedUntil);

    readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.OrdinalIgnoreCase);

    TimeSpan Duration => TimeSpan.FromMinutes(Math.Max(1, options.Value.LockoutMinutes));

    /// <summary>Until when the name is locked, or null when it may try.</summary>
    public DateTimeOffset? LockedUntil(string name) =>
        entries.TryGetValue(name, out var entry) && entry.LockedUntil is { } until && until > clock.GetUtcNow() ? until : null;

    /// <summary>Counts a wrong password; returns the end of the lock when this failure locked the name.</summary>
    public DateTimeOffset? RecordFailure(string name)
    {
        var now = clock.GetUtcNow();
        if (entries.Count > 10_000) Prune(now);
        var entry = entries.AddOrUpdate(name,
            _ => Next(null, now),
            (_, old) => Next(old, now));
        return entry.LockedUntil == now + Duration ? entry.LockedUntil : null;
    }

    /// <summary>A right password (or an administrator's reset) starts the count again.</summary>
    public void Clear(string name) => entries.TryRemove(name, out _);

    Entry Next(Entry? old, DateTimeOffset now)
    {
        // Failures long ago, or before a lock that has run out, do not count towards the next lock.
        var failures = old is null || now - old.LastFailure > Duration || old.LockedUntil is { } ended && ended <= now ? 1 : old.Failures + 1;
        var locked = failures >= Math.Max(1, options.Value.LockoutFailures) ? now + Duration : (DateTimeOffset?)null;
        return new Entry(failures, now, locked);
    }

    void Prune(DateTimeOffset now)
    {
        foreach (var (name, entry) in entries)
            if (now - entry.LastFailure > Duration) entries.TryRemove(name, out _);
    }
}
