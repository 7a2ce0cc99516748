using CCHC.Warehouse.Publishing;

namespace CCHC.Dashboard.Accounts;

/// <summary>No fixed default password anywhere: on a first start without an administrator the app makes one with a
/// random password, so `dotnet run --project dashboard` still just works. The password is shown once on the
/// terminal when there is one; a service's stdout is kept in its logs, so there it goes to a file only this user can
/// read, and the log says where.</summary>
public static class FirstAdmin
{
    public const string Name = "admin";

    /// <summary>Beside users.json.</summary>
    public const string PasswordFile = "first-admin-password.txt";

    /// <param name="toTerminal">Whether stdout is a terminal (not redirected to a file, a pipe or a journal).</param>
    public static void Ensure(UserStore users, ILogger logger, bool toTerminal)
    {
        if (users.All().Any(u => u.Role == Roles.Admin)) return;
        var password = PasswordGenerator.New();
        users.Add(Name, Roles.Admin, password, replace: true);
        if (toTerminal)
        {
            Console.WriteLine();
            Console.WriteLine("  Tài khoản quản trị đầu tiên (first administrator account):");
            Console.WriteLine($"    tên: {Name}    mật khẩu: {password}");
            Console.WriteLine("  Mật khẩu chỉ hiện một lần; đổi hoặc tạo tài khoản khác ở trang Tài khoản hoặc bằng `dotnet run --project dashboard -- user add TÊN --role VAI_TRÒ`.");
            Console.WriteLine();
            logger.LogWarning("Created the first administrator account {User}; its password was shown on the terminal once", Name);
            return;
        }
        var file = Path.Combine(Path.GetDirectoryName(users.Path)!, PasswordFile);
        using (var writer = new StreamWriter(OwnerOnly.Create(file)))
        {
            writer.WriteLine("Tài khoản quản trị đầu tiên (first administrator account) của CCHC Analytics");
            writer.WriteLine($"tên: {Name}");
            writer.WriteLine($"mật khẩu: {password}");
            writer.WriteLine("Hãy đăng nhập, tạo tài khoản cho từng người ở trang Tài khoản, rồi xoá tệp này.");
        }
        logger.LogWarning(
            "Created the first administrator account {User}; output is not a terminal, so its password was written to {File} (readable only by this user): read it, then delete the file",
            Name, file);
    }
}
