using System.Net;
using CCHC.Dashboard.Accounts;
using CCHC.Dashboard.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CCHC.Dashboard.Tests.Accounts;

/// <summary>The sign-in limiter counts the form's POSTs per address and per account name, and nothing else.</summary>
public sealed class SignInThrottleTests
{
    static readonly AccountOptions Limits = new() { SignInsPerAddressPerMinute = 20, SignInsPerNamePerMinute = 10 };

    static HttpContext SignIn(string address, string name)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.Path = AccountSetup.LoginPath;
        http.Request.ContentType = "application/x-www-form-urlencoded";
        http.Request.Form = new FormCollection(new Dictionary<string, StringValues> { [SignInThrottle.NameField] = name });
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        return http;
    }

    static bool Allowed(System.Threading.RateLimiting.PartitionedRateLimiter<HttpContext> limiter, HttpContext http)
    {
        using var lease = limiter.AttemptAcquire(http);
        return lease.IsAcquired;
    }

    [Fact]
    public void One_name_tried_from_many_addresses_is_stopped_after_its_limit()
    {
        using var limiter = RequestLimits.Limiter(Limits, exportsAtOnce: 1);
        for (var i = 1; i <= 10; i++) Assert.True(Allowed(limiter, SignIn($"10.0.0.{i}", "admin")));
        Assert.False(Allowed(limiter, SignIn("10.0.0.99", "ADMIN")));
        Assert.True(Allowed(limiter, SignIn("10.0.0.99", "analyst")));
    }

    [Fact]
    public void One_address_trying_many_names_is_stopped_after_its_limit()
    {
        using var limiter = RequestLimits.Limiter(Limits, exportsAtOnce: 1);
        for (var i = 1; i <= 20; i++) Assert.True(Allowed(limiter, SignIn("10.0.0.1", $"name{i}")));
        Assert.False(Allowed(limiter, SignIn("10.0.0.1", "someone-else")));
        Assert.True(Allowed(limiter, SignIn("10.0.0.2", "someone-else")));
    }

    [Fact]
    public void Pages_and_other_posts_are_not_counted()
    {
        using var limiter = RequestLimits.Limiter(new AccountOptions { SignInsPerAddressPerMinute = 1, SignInsPerNamePerMinute = 1 }, exportsAtOnce: 1);
        for (var i = 0; i < 50; i++)
        {
            var visit = SignIn("10.0.0.1", "admin");
            visit.Request.Method = "GET";
            Assert.True(Allowed(limiter, visit));
            var upload = SignIn("10.0.0.1", "admin");
            upload.Request.Path = "/tai-len";
            Assert.True(Allowed(limiter, upload));
        }
    }
}
