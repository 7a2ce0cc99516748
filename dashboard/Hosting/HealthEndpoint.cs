using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Hosting;

/// <summary>/healthz for the intranet's monitoring: 200 when the published warehouse can be read, 503 otherwise,
/// with the snapshot in use. Anonymous, and says nothing a stranger could use.</summary>
public static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder app) => app.MapGet("/healthz", (WarehouseReader reader) =>
    {
        try
        {
            reader.EnsureReadable();
            return Results.Ok(new { status = "ok", snapshot = Path.GetFileName(reader.CurrentSnapshot) });
        }
        catch (WarehouseUnavailableException e)
        {
            return Results.Json(new { status = "unavailable", problem = e.Problem.ToString() }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }).AllowAnonymous();
}
