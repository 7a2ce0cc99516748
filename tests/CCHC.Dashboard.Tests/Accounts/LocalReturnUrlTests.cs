using CCHC.Dashboard.Accounts;

namespace CCHC.Dashboard.Tests.Accounts;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("xu-huong", "/xu-huong")]
    [InlineData("/so-sanh?nam=2021", "/so-sanh?nam=2021")]
    [InlineData("don-vi/547#ho-so", "/don-vi/547#ho-so")]
    public void A_path_on_this_site_is_kept(string? returnUrl, string expected) => Assert.Equal(expected, LocalReturnUrl.For(returnUrl));

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("\\\\evil.example")]
    [InlineData("/xu-huong\r\nSet-Cookie: x=1")]
    [InlineData("/\tevil")]
    public void Another_site_or_a_control_character_leads_home(string returnUrl) => Assert.Equal("/", LocalReturnUrl.For(returnUrl));

    [Fact]
    public void An_absolute_address_stays_a_path_on_this_site()
    {
        var url = LocalReturnUrl.For("https://evil.example/");
        Assert.StartsWith("/", url);
        Assert.False(url.StartsWith("//", StringComparison.Ordinal));
    }

    [Fact]
    public void Vietnamese_in_the_address_is_percent_encoded_so_the_redirect_header_can_carry_it()
    {
        var url = LocalReturnUrl.For("/xu-huong?ghi-chu=Tây Sơn");
        Assert.Equal("/xu-huong?ghi-chu=T%C3%A2y%20S%C6%A1n", url);
        Assert.All(url, c => Assert.True(c < 128));
    }
}
