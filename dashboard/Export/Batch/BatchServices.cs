using CCHC.Dashboard.Hosting;

namespace CCHC.Dashboard.Export.Batch;

/// <summary>The web app's services for a command that writes files and exits: the warehouse built on first use, the
/// same chart book and queries. Null (with the reason on stderr) when there is no warehouse to read.</summary>
internal static class BatchServices
{
    public static ServiceProvider? Open(string logCategory)
    {
        var configuration = CliConfiguration.Build();
        var paths = DataPaths.From(configuration);
        var services = new ServiceCollection()
            .AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddDashboardServices(configuration, paths)
            .BuildServiceProvider();
        WarehouseBootstrap.EnsureBuilt(paths, services.GetRequiredService<ILoggerFactory>().CreateLogger(logCategory));
        if (File.Exists(paths.Warehouse)) return services;
        Console.Error.WriteLine($"Không có kho dữ liệu {paths.Warehouse}: hãy nạp dữ liệu trước (dotnet run --project etl/Cli -- load).");
        services.Dispose();
        return null;
    }
}
