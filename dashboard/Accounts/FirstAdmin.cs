namespace CCHC.Dashboard.Accounts;

/// <summary>No fixed default password anywhere: on a first start without an administrator the app makes one with a
/// random password and prints it once, so `dotnet run --project dashboard` still just works.</summary>
public static class FirstAdmin
{
    public const string Name = "admin";

    public static void Ensure(UserStore users, ILogger logger)
    {
        if (users.All().Any(u => u.Role == Roles.Admin)) return;
        var password = PasswordGenerator.New();
        users.Add(Name, Roles.Admin, password, replace: true);
        // To the console, not to the log: log files are kept and shipped, this must be seen once and then gone.
        Console.WriteLine();
        Console.WriteLine("  Tài khoản quản trị đầu tiên (first administrator account):");
        Console.WriteLine($"    tên: {Name}    mật khẩu: {password}");
        Console.WriteLine("  Mật khẩu chỉ hiện một lần; đổi hoặc tạo tài khoản khác ở trang Tài khoản hoặc bằng `dotnet run --project dashboard -- user add TÊN --role VAI_TRÒ`.");
        Console.WriteLine();
        logger.LogWarning("Created the first administrator account {User}; its password was printed to the console once", Name);
    }
}
