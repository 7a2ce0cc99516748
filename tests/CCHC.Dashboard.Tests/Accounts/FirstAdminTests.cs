using CCHC.Dashboard.Accounts;
using Microsoft.Extensions.Logging;

namespace CCHC.Dashboard.Tests.Accounts;

/// <summary>The first administrator's password never reaches a kept log: not a terminal, it goes to a private file.</summary>
public sealed class FirstAdminTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("cchc-first-admin-").FullName;

    sealed class Lines : ILogger
    {
        public List<string> Written { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Written.Add(formatter(state, exception));
    }

    [Fact]
    public void Without_a_terminal_the_password_goes_to_a_file_only_this_user_reads_and_the_log_says_where()
    {
        var users = new UserStore(Path.Combine(folder, "users.json"));
        var log = new Lines();
        var console = new StringWriter();
        var before = Console.Out;
        Console.SetOut(console);
        try
        {
            FirstAdmin.Ensure(users, log, toTerminal: false);
        }
        finally
        {
            Console.SetOut(before);
        }

        var file = Path.Combine(folder, FirstAdmin.PasswordFile);
        var password = File.ReadAllLines(file).Single(l => l.StartsWith("mật khẩu: ", StringComparison.Ordinal))["mật khẩu: ".Length..];
        Assert.NotNull(users.Verify(FirstAdmin.Name, password));
        Assert.DoesNotContain(password, console.ToString());
        Assert.DoesNotContain(log.Written, line => line.Contains(password, StringComparison.Ordinal));
        Assert.Contains(log.Written, line => line.Contains(file, StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void An_existing_administrator_means_no_new_password_anywhere()
    {
        var users = new UserStore(Path.Combine(folder, "users.json"));
        users.Add("steward", Roles.Admin, "password-123");
        FirstAdmin.Ensure(users, new Lines(), toTerminal: false);
        Assert.False(File.Exists(Path.Combine(folder, FirstAdmin.PasswordFile)));
        Assert.Single(users.All());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
