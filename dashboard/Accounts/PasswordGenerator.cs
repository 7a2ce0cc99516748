using System.Security.Cryptography;

namespace CCHC.Dashboard.Accounts;

/// <summary>Random passwords for new accounts, from letters and digits that cannot be misread (no 0/O, 1/l/I).</summary>
public static class PasswordGenerator
{
    const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New(int length = 16) => RandomNumberGenerator.GetString(Alphabet, length);
}
