using CCHC.Dashboard.Accounts;
using Microsoft.Extensions.Options;

namespace CCHC.Dashboard.Tests.Accounts;

public sealed class SignInLockoutTests
{
    sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    readonly Clock clock = new();
    readonly SignInLockout lockout;

    public SignInLockoutTests() =>
        lockout = new SignInLockout(Options.Create(new AccountOptions { LockoutFailures = 5, LockoutMinutes = 15 }), clock);

    [Fact]
    public void The_fifth_wrong_password_in_a_row_locks_the_name_for_fifteen_minutes()
    {
        for (var i = 0; i < 4; i++) Assert.Null(lockout.RecordFailure("admin"));
        Assert.Null(lockout.LockedUntil("admin"));

        Assert.Equal(clock.Now.AddMinutes(15), lockout.RecordFailure("admin"));

        Assert.Equal(clock.Now.AddMinutes(15), lockout.LockedUntil("ADMIN"));
        Assert.Null(lockout.LockedUntil("analyst"));
        clock.Now = clock.Now.AddMinutes(16);
        Assert.Null(lockout.LockedUntil("admin"));
        // A lock that ran out leaves no failures behind.
        Assert.Null(lockout.RecordFailure("admin"));
    }

    [Fact]
    public void A_right_password_or_a_reset_starts_the_count_again()
    {
        for (var i = 0; i < 4; i++) lockout.RecordFailure("admin");
        lockout.Clear("admin");
        for (var i = 0; i < 4; i++) Assert.Null(lockout.RecordFailure("admin"));
    }

    [Fact]
    public void Failures_spread_over_hours_do_not_add_up()
    {
        for (var i = 0; i < 10; i++)
        {
            Assert.Null(lockout.RecordFailure("admin"));
            clock.Now = clock.Now.AddMinutes(20);
        }
    }
}
