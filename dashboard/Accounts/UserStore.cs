using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;

namespace CCHC.Dashboard.Accounts;

/// <summary>The accounts, kept in a JSON file beside the data (one small file a steward can back up), written with
/// one rename so a crash never leaves half a file. Shared by the web app and the `user` command, which may change
/// it while the app runs: the app reads the file again whenever it changed on disk, so a `user remove` ends that
/// account's sessions at once.</summary>
public sealed partial class UserStore(string path)
{
    static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    readonly PasswordHasher<UserAccount> hasher = new();
    readonly Lock gate = new();
    // Every signed-in request checks its account here: parse the file only when it changed on disk.
    (byte[] Bytes, IReadOnlyList<UserAccount> Users)? cached;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public IReadOnlyList<UserAccount> All()
    {
        lock (gate) return Read();
    }

    public UserAccount? Find(string name) => All().FirstOrDefault(u => u.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds an account, or gives an existing one a new role and password when <paramref name="replace"/>.</summary>
    /// <exception cref="ArgumentException">A name or role the store does not accept, or an existing name.</exception>
    public UserAccount Add(string name, string role, string password, bool replace = false)
    {
        name = name.Trim();
        if (!IsValidName(name))
            throw new ArgumentException("Tên tài khoản gồm 2–32 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.", nameof(name));
        if (!Roles.All.Contains(role))
            throw new ArgumentException($"Vai trò phải là {string.Join(", ", Roles.All)}.", nameof(role));
        if (password.Length < 10)
            throw new ArgumentException("Mật khẩu cần ít nhất 10 ký tự.", nameof(password));
        lock (gate)
        {
            var users = Read().ToList();
            var existing = users.FindIndex(u => u.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (existing >= 0 && !replace)
                throw new ArgumentException($"Tài khoản “{name}” đã có.", nameof(name));
            var account = new UserAccount(name, role, "", DateTime.UtcNow, NewStamp());
            account = account with { PasswordHash = hasher.HashPassword(account, password) };
            if (existing >= 0) users[existing] = account; else users.Add(account);
            Write(users);
            return account;
        }
    }

    /// <summary>2–32 plain letters, digits, dots, dashes or underscores: no account has another name, so a sign-in
    /// with one is refused before any password is checked.</summary>
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    public bool Remove(string name)
    {
        lock (gate)
        {
            var users = Read().ToList();
            var removed = users.RemoveAll(u => u.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) > 0;
            if (removed) Write(users);
            return removed;
        }
    }

    /// <summary>The account when the password is right; null otherwise, the same way for an unknown name.</summary>
    public UserAccount? Verify(string name, string password)
    {
        var account = Find(name);
        if (account is null)
        {
            // Spend the same time as a real check, so response times do not tell which names exist.
            hasher.VerifyHashedPassword(new UserAccount("", "", "", default), DummyHash, password);
            return null;
        }
        return hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed ? null : account;
    }

    IReadOnlyList<UserAccount> Read()
    {
        if (!File.Exists(Path))
        {
            cached = null;
            return [];
        }
        // The bytes, not the file's time: two writes within one tick of the file system's clock look the same.
        var bytes = File.ReadAllBytes(Path);
        if (cached is { } known && known.Bytes.AsSpan().SequenceEqual(bytes)) return known.Users;
        var users = JsonSerializer.Deserialize<List<UserAccount>>(bytes, Json) ?? [];
        cached = (bytes, users);
        return users;
    }

    static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    void Write(IReadOnlyList<UserAccount> users)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temp = Path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(users, Json));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temp, Path, overwrite: true);
    }

    static readonly string DummyHash = new PasswordHasher<UserAccount>().HashPassword(new UserAccount("", "", "", default), PasswordGenerator.New());

    [GeneratedRegex(@"^[A-Za-z0-9._-]{2,32}\z")] // \z, not $: $ also matches before a final line break
    private static partial Regex NamePattern();
}
