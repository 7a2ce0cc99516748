using System.CommandLine;
using CCHC.Dashboard.Hosting;

namespace CCHC.Dashboard.Accounts;

/// <summary>`user add NAME --role ROLE`, `user list`, `user remove NAME`: the accounts without the web app.
/// A new password is random and printed once, unless one is piped in with --password-stdin.</summary>
public static class UserCommand
{
    public static int Run(string[] args, IConfiguration configuration)
    {
        var store = new UserStore(DataPaths.From(configuration).Users);

        var name = new Argument<string>("name") { Description = "Tên tài khoản." };
        var role = new Option<string>("--role") { Description = "viewer | analyst | admin", Required = true };
        var fromStdin = new Option<bool>("--password-stdin") { Description = "Đọc mật khẩu từ đầu vào chuẩn thay vì tạo ngẫu nhiên." };
        var replace = new Option<bool>("--replace") { Description = "Đặt lại vai trò và mật khẩu nếu tài khoản đã có." };
        var add = new Command("add", "Thêm tài khoản (add an account).") { name, role, fromStdin, replace };
        add.SetAction(parse =>
        {
            var password = parse.GetValue(fromStdin) ? (Console.In.ReadLine() ?? "").Trim() : PasswordGenerator.New();
            try
            {
                var account = store.Add(parse.GetValue(name)!, parse.GetValue(role)!, password, parse.GetValue(replace));
                Console.WriteLine($"Đã tạo tài khoản {account.Name} ({Roles.Describe(account.Role)}) trong {store.Path}.");
                if (!parse.GetValue(fromStdin)) Console.WriteLine($"Mật khẩu (chỉ hiện một lần): {password}");
                return 0;
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message.Split(" (Parameter")[0]);
                return 1;
            }
        });

        var list = new Command("list", "Liệt kê tài khoản (list accounts).");
        list.SetAction(_ =>
        {
            foreach (var u in store.All()) Console.WriteLine($"{u.Name,-20} {u.Role,-8} tạo {u.CreatedUtc.ToLocalTime():dd/MM/yyyy HH:mm}");
            return 0;
        });

        var removeName = new Argument<string>("name") { Description = "Tên tài khoản." };
        var remove = new Command("remove", "Xoá tài khoản (remove an account).") { removeName };
        remove.SetAction(parse =>
        {
            var removed = store.Remove(parse.GetValue(removeName)!);
            Console.WriteLine(removed ? "Đã xoá." : "Không có tài khoản này.");
            return removed ? 0 : 1;
        });

        return new RootCommand("Quản lý tài khoản của bảng điều khiển (dashboard accounts).") { add, list, remove }.Parse(args).Invoke();
    }
}
