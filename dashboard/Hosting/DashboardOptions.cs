namespace CCHC.Dashboard.Hosting;

/// <summary>Settings from appsettings.json "Dashboard".</summary>
public sealed class DashboardOptions
{
    /// <summary>The indicators leadership sees first on the overview, by catalogue code.</summary>
    public List<string> KeyIndicators { get; set; } = [];
}
