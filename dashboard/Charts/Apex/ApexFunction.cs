using System.Text.Json.Serialization;

namespace CCHC.Dashboard.Charts.Apex;

/// <summary>A function of the JS module (ApexChart.razor.js), chosen by name. Options never carry code: the module
/// swaps each name for its own function, so the page needs no unsafe-eval and workbook text never becomes code.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApexFunction>))]
public enum ApexFunction
{
    /// <summary>"1.234", "12,5".</summary>
    [JsonStringEnumMemberName("viCount")] ViCount,
    /// <summary>"98,7 %" (the value is in percent points).</summary>
    [JsonStringEnumMemberName("viPercent")] ViPercent,
    /// <summary>"Có" / "Không".</summary>
    [JsonStringEnumMemberName("viYesNo")] ViYesNo,
    /// <summary>"1.234,56".</summary>
    [JsonStringEnumMemberName("viNumber")] ViNumber,
    /// <summary>A year as plain text: "2015", never "2,015".</summary>
    [JsonStringEnumMemberName("year")] Year,
    /// <summary>A category as it is written (unit, area or indicator name).</summary>
    [JsonStringEnumMemberName("text")] Text,
    /// <summary>A long category (an area's name) broken into lines at spaces, as many as it needs for the chart's
    /// width, rather than cut to "…" (a phone leaves a label a third of 390 px).</summary>
    [JsonStringEnumMemberName("wrappedText")] WrappedText,
    /// <summary>The point's own label, <c>meta.label</c> (a heat-map cell's text).</summary>
    [JsonStringEnumMemberName("pointLabel")] PointLabel,
    /// <summary>The text HTML-escaped, for the places ApexCharts writes with innerHTML (the legend).</summary>
    [JsonStringEnumMemberName("htmlText")] HtmlText,
    /// <summary>Tooltip: series, category, value, "Nguồn: …", "(tính đến 31/3)", all escaped.</summary>
    [JsonStringEnumMemberName("pointTooltip")] PointTooltip,
}
