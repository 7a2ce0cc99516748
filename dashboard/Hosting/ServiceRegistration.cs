using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Export;
using CCHC.Dashboard.Export.Tables;
using CCHC.Dashboard.Pages;
using CCHC.Dashboard.Refresh;
using CCHC.Dashboard.Uploads;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Hosting;

public static class ServiceRegistration
{
    public static IServiceCollection AddDashboardServices(this IServiceCollection services, IConfiguration configuration, DataPaths paths)
    {
        services.Configure<DashboardOptions>(configuration.GetSection("Dashboard"));
        // Read-only: the dashboard never writes the warehouse; the ETL does.
        services.AddSingleton<QueryResultCache>();
        services.AddSingleton(sp => new WarehouseReader(paths.Warehouse, sp.GetRequiredService<QueryResultCache>())); // by factory, so the host disposes it
        services.AddSingleton<DashboardQueries>();
        services.AddScoped<ReferenceData>();
        services.AddSingleton<WarehouseWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WarehouseWatcher>());
        services.AddScoped<ChartBook>();
        services.AddScoped<TableBook>();
        services.AddScoped<ChartExporter>();
        services.AddSingleton<UploadFolders>();
        services.AddSingleton<UploadService>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
