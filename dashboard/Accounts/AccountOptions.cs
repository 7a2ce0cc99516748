namespace CCHC.Dashboard.Accounts;

/// <summary>Settings from appsettings.json "Accounts" (or Accounts__… environment variables).</summary>
public sealed class AccountOptions
{
    /// <summary>How often an open page checks that its account and session still stand.</summary>
    public int RevalidateSeconds { get; set; } = 30;

    /// <summary>Sign-in attempts one address may make per minute (offices share an address behind NAT).</summary>
    public int SignInsPerAddressPerMinute { get; set; } = 20;

    /// <summary>Sign-in attempts per minute for one account name, from any address.</summary>
    public int SignInsPerNamePerMinute { get; set; } = 10;

    /// <summary>Wrong passwords in a row that lock an account name.</summary>
    public int LockoutFailures { get; set; } = 5;

    /// <summary>How long a locked account name refuses every password, the right one too.</summary>
    public int LockoutMinutes { get; set; } = 15;
}
