namespace CCHC.Dashboard.Accounts;

/// <summary>An account as stored: the password only as an ASP.NET Core Identity hash (PBKDF2, salted).</summary>
/// <param name="SecurityStamp">New on every change of role or password: a session signed in under an older stamp
/// is over. Empty in files written before stamps, so their sessions end once on upgrade.</param>
public sealed record UserAccount(string Name, string Role, string PasswordHash, DateTime CreatedUtc, string SecurityStamp = "");
