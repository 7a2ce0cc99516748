using CCHC.Dashboard.Security;

namespace CCHC.Dashboard.Tests.Accounts;

public sealed class LogTextTests
{
    [Fact]
    public void A_name_with_line_breaks_stays_on_one_log_line()
    {
        var safe = LogText.Safe("admin\r\ninfo: Sign-in of admin (admin)");
        Assert.DoesNotContain('\n', safe);
        Assert.DoesNotContain('\r', safe);
        Assert.Equal("admin\\u000D\\u000Ainfo: Sign-in of admin (admin)", safe);
    }

    [Fact]
    public void Vietnamese_names_are_kept_as_written() => Assert.Equal("Tây Sơn bổ sung.xlsx", LogText.Safe("Tây Sơn bổ sung.xlsx"));

    [Fact]
    public void A_very_long_name_is_cut() => Assert.Equal(101, LogText.Safe(new string('a', 5000)).Length);
}
