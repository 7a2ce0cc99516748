using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace CCHC.Dashboard.Pages;

/// <summary>What every page shares: the selection read from the URL, the warehouse queries, and the one place where
/// an unreadable warehouse becomes a clear message instead of the Blazor error bar.</summary>
public abstract class DashboardPage : ComponentBase, IDisposable
{
    [Inject] protected NavigationManager Nav { get; set; } = default!;
    [Inject] protected DashboardQueries Queries { get; set; } = default!;
    [Inject] protected ReferenceData Reference { get; set; } = default!;

    protected Selection Selection { get; private set; } = Selection.Default;
    protected string? Problem { get; private set; }
    protected bool Loading { get; private set; } = true;
    string? loadedUri;

    protected override void OnInitialized() => Nav.LocationChanged += OnLocationChanged;

    // Blazor does not set a page's parameters again when only the query string changes, so a slicer or a chart
    // click (which change the URL) would leave the page as it was: reload on every location change instead.
    void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(async () =>
    {
        await OnParametersSetAsync();
        StateHasChanged();
    });

    public void Dispose()
    {
        Nav.LocationChanged -= OnLocationChanged;
        GC.SuppressFinalize(this);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (loadedUri == Nav.Uri) return;
        loadedUri = Nav.Uri;
        Selection = Selection.FromQuery(new Uri(Nav.Uri).Query);
        Loading = true;
        try
        {
            await Reference.EnsureLoadedAsync();
            await LoadAsync();
            Problem = null;
        }
        catch (WarehouseUnavailableException e)
        {
            Problem = e.Message;
        }
        finally
        {
            Loading = false;
        }
    }

    /// <summary>Reads what the page shows for the current <see cref="Selection"/>.</summary>
    protected abstract Task LoadAsync();

    /// <summary>Puts a new selection in the URL; the page reloads from it, so the link always reproduces the view.</summary>
    protected void Apply(Selection next) => Nav.NavigateTo(next.ToUrl(new Uri(Nav.Uri).AbsolutePath));

    protected string UnitName(string code) => Reference.UnitName(code);
}
