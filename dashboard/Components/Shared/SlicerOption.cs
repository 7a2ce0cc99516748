namespace CCHC.Dashboard.Components.Shared;

/// <summary>One choice of a slicer; <paramref name="Group"/> groups indicators by appendix in the picker.</summary>
public sealed record SlicerOption(string Value, string Label, string? Group = null);
