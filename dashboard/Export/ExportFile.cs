namespace CCHC.Dashboard.Export;

/// <summary>A finished download: its name, media type and bytes.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

/// <summary>The formats a chart exports to, as they appear in export URLs (/xuat/png/trend).</summary>
public enum ExportFormat { Png, Svg, Csv, Xlsx }
