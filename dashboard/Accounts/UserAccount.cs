namespace CCHC.Dashboard.Accounts;

/// <summary>An account as stored: the password only as an ASP.NET Core Identity hash (PBKDF2, salted).</summary>
public sealed record UserAccount(string Name, string Role, string PasswordHash, DateTime CreatedUtc);
