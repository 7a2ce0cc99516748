using CCHC.Dashboard.Charts.Apex;
using CCHC.Dashboard.Charts.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;

namespace CCHC.Dashboard.Charts;

/// <summary>Draws a <see cref="ChartSpec"/> with ApexCharts: created after the first render, updated in place when the
/// spec changes by value, destroyed on dispose.</summary>
public sealed partial class ApexChart : ComponentBase, IAsyncDisposable
{
    internal const string ModulePath = "./Charts/ApexChart.razor.js";

    [Inject] IJSRuntime JS { get; set; } = default!;
    [Inject] ILogger<ApexChart> Logger { get; set; } = default!;

    [Parameter, EditorRequired] public ChartSpec Spec { get; set; } = default!;

    /// <summary>Height of the plot in pixels.</summary>
    [Parameter] public int Height { get; set; } = ApexOptionsBuilder.DefaultHeight;

    /// <summary>A click on a bar, cell, marker or slice. Clicks are listened for only when this has a delegate.</summary>
    [Parameter] public EventCallback<ChartClick> OnClick { get; set; }

    ElementReference element;
    IJSObjectReference? module;
    DotNetObjectReference<ApexChart>? self;
    Task? creating;
    bool disposed;

    ApexOptions options = default!;
    string json = "";
    (ChartSpec Spec, int Height)? builtFrom;
    ApexOptions? drawnOptions; // what the browser shows: clicks are mapped against it
    string? drawnJson;

    internal string ElementId => "chart-" + new string(Spec.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());

    /// <summary>Values drawn: every non-null point (a gap is not a value).</summary>
    internal int PointCount => Spec.Series.Sum(s => s.Points.Count(p => p.Value is not null));

    protected override void OnParametersSet()
    {
        ArgumentNullException.ThrowIfNull(Spec);
        // A page renders all its charts again when one of them changes; a chart given the very same spec keeps the
        // options it has rather than building and serialising them again to find them equal.
        if (ReferenceEquals(builtFrom?.Spec, Spec) && builtFrom?.Height == Height) return;
        builtFrom = (Spec, Height);
        options = ApexOptionsBuilder.From(Spec, Height);
        json = ApexJson.Serialize(options);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            creating = DrawAsync(CreateAsync);
            await creating;
            return;
        }
        if (creating is not null) await creating;
        // Compared by value: a page that builds an equal spec again does not redraw the chart.
        if (disposed || module is null || json == drawnJson) return;
        (drawnJson, drawnOptions) = (json, options);
        await DrawAsync(() => module.InvokeVoidAsync("update", element, json).AsTask());
    }

    async Task CreateAsync()
    {
        (drawnJson, drawnOptions) = (json, options);
        module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        if (disposed) return;
        self = DotNetObjectReference.Create(this);
        await module.InvokeVoidAsync("create", element, json, self, OnClick.HasDelegate);
    }

    // A chart the browser cannot draw must not take the circuit down with it: the page and its table view go on.
    async Task DrawAsync(Func<Task> draw)
    {
        try
        {
            await draw();
        }
        catch (JSException e)
        {
            Logger.LogWarning(e, "Chart {ChartId} could not be drawn", Spec.Id);
        }
        catch (JSDisconnectedException) { }
    }

    [JSInvokable]
    public Task OnDataPointSelected(int seriesIndex, int dataPointIndex)
    {
        var click = drawnOptions is null ? null : ToClick(drawnOptions, seriesIndex, dataPointIndex);
        return click is null ? Task.CompletedTask : OnClick.InvokeAsync(click);
    }

    /// <summary>Which point of the drawn options ApexCharts' (series, data point) indices name.</summary>
    internal ChartClick? ToClick(ApexOptions drawn, int seriesIndex, int dataPointIndex)
    {
        if (seriesIndex < 0 || seriesIndex >= drawn.Series.Count) return null;
        var series = drawn.Series[seriesIndex];
        if (dataPointIndex < 0 || dataPointIndex >= series.Data.Count) return null;
        var point = series.Data[dataPointIndex];
        var categoryIndex = Spec.Categories.ToList().IndexOf(point.X);
        var categoryKey = Spec.CategoryKeys is { } keys && categoryIndex >= 0 && categoryIndex < keys.Count ? keys[categoryIndex] : null;
        var value = point.Meta?.NotReported == true ? null : point.Y;
        return new ChartClick(series.Key, series.Name, point.X, categoryKey, value);
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        try
        {
            if (module is not null)
            {
                await module.InvokeVoidAsync("destroy", element);
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException) { } // the circuit is gone, and the chart with it
        catch (TaskCanceledException) { }
        self?.Dispose();
    }
}
