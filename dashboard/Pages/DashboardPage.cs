using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace CCHC.Dashboard.Pages;

/// <summary>What every page shares: the selection read from the URL, the warehouse queries, and the one place where
/// an unreadable warehouse becomes a clear message instead of the Blazor error bar.</summary>
/// <remarks>
/// A page starts its independent reads at once with <see cref="Read{T}"/> (the prerender, a slicer change), except in
/// the first load of the page in the browser's circuit, which reads inline: the prerender read the same view a moment
/// ago, so the answers come from the reader's cache, and the circuit's first render of the page then already shows
/// them. A read started on the pool would let Blazor render first, putting "Đang tải" over the prerendered page.
/// </remarks>
public abstract class DashboardPage : ComponentBase, IDisposable
{
    [Inject] protected NavigationManager Nav { get; set; } = default!;
    [Inject] protected DashboardQueries Queries { get; set; } = default!;
    [Inject] protected ReferenceData Reference { get; set; } = default!;

    protected Selection Selection { get; private set; } = Selection.Default;
    protected string? Problem { get; private set; }
    protected bool Loading { get; private set; } = true;
    string? loadedUri;
    Task lastLoad = Task.CompletedTask;
    bool readInline;

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

    // One load at a time, in the order asked: reads yield, so two quick slicer changes would otherwise load at once,
    // and the older load finishing last would leave its view on the screen under the newer URL.
    protected override Task OnParametersSetAsync() => lastLoad = LoadAfterAsync(lastLoad);

    async Task LoadAfterAsync(Task previous)
    {
        // A failed load has told its own caller; this one starts afresh.
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        if (loadedUri == Nav.Uri) return;
        readInline = RendererInfo.IsInteractive && loadedUri is null;
        loadedUri = Nav.Uri;
        Selection = Selection.FromQuery(new Uri(Nav.Uri).Query);
        Loading = true;
        try
        {
            await Reference.EnsureLoadedAsync();
            Selection = Reference.Within(Selection);
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

    /// <summary>Starts a read that does not depend on the page's other reads (see the remarks on the class). The read
    /// runs off the page: it takes what it needs as arguments (copy <see cref="Selection"/> to a local first).</summary>
    protected Task<T> Read<T>(Func<Task<T>> read) => Reads.Start(read, overlap: !readInline);

    /// <summary>Puts a new selection in the URL; the page reloads from it, so the link always reproduces the view.</summary>
    protected void Apply(Selection next) => Nav.NavigateTo(next.ToUrl(new Uri(Nav.Uri).AbsolutePath));

    protected string UnitName(string code) => Reference.UnitName(code);
}
