using System.Globalization;
using CCHC.Dashboard.Accounts;
using CCHC.Dashboard.Components;
using CCHC.Dashboard.Export;
using CCHC.Dashboard.Hosting;
using CCHC.Dashboard.Security;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");

// `dotnet run --project dashboard -- export --out DIR`: the standard charts and deck without starting the server.
if (args is ["export", .. var exportArgs])
    return CCHC.Dashboard.Export.Batch.ExportCommand.Run(exportArgs);
// `dotnet run --project dashboard -- report --out DIR`: the consolidated Word report.
if (args is ["report", .. var reportArgs])
    return CCHC.Dashboard.Export.Batch.ReportCommand.Run(reportArgs);
// `dotnet run --project dashboard -- user add NAME --role ROLE`: accounts without starting the server.
if (args is ["user", .. var userArgs])
    return UserCommand.Run(userArgs, CliConfiguration.Build());

// appsettings.json and the content root are the binaries' folder, wherever the app is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
// The README's command serves on :5080; --urls (or ASPNETCORE_URLS) overrides it.
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
    builder.WebHost.UseUrls("http://localhost:5080");

// Serve the build's static assets (blazor.web.js, the chart library, scoped CSS) in every environment, not only
// Development: the README runs the app with `dotnet run`, unpublished, in Production mode.
builder.WebHost.UseStaticWebAssets();

var paths = DataPaths.From(builder.Configuration);
builder.Services.AddSingleton(paths);
builder.Services.AddDashboardServices(builder.Configuration, paths);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
// After the Razor components: their default authentication state gives way to one that revalidates open pages.
builder.Services.AddAccounts(builder.Configuration, paths.Users);

var app = builder.Build();
WarehouseBootstrap.EnsureBuilt(paths, app.Logger);
await app.Services.GetRequiredService<CCHC.Dashboard.Uploads.UploadService>().RecoverAsync();
FirstAdmin.Ensure(app.Services.GetRequiredService<UserStore>(), app.Logger, toTerminal: !Console.IsOutputRedirected);

app.UseSecurityHeaders();
app.UseExceptionHandler("/Error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLimits();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapHealth();
app.MapAccounts();
app.MapExport();
app.MapConsolidation();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
return 0;

/// <summary>Visible to the browser tests, which start the app as a process.</summary>
public partial class Program;
