namespace CCHC.Dashboard.Hosting;

/// <summary>The settings the web app reads (appsettings.json beside the binaries, then environment variables such
/// as Warehouse__Path), for the commands that run without it.</summary>
public static class CliConfiguration
{
    public static IConfiguration Build() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();
}
