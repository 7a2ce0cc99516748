namespace CCHC.Dashboard.Export.Report;

/// <summary>The words of the report that several parts share.</summary>
public static class ReportText
{
    public const string SampleNote = "Dữ liệu mẫu – tổng hợp từ số liệu mẫu, không phải số liệu chính thức";

    public const string SampleBanner = "DỮ LIỆU MẪU – tài liệu tổng hợp từ số liệu mẫu, không phải số liệu chính thức";

    /// <summary>On every page: Phụ lục IX is real even when the rest is sample, so the header points at the marks.</summary>
    public const string PageHeader = "DỮ LIỆU MẪU – bảng, biểu đồ ghi \"Dữ liệu mẫu\" không phải số liệu chính thức";

    public const string SourcesHeading = "Nguồn số liệu";

    /// <summary>"Báo cáo tổng hợp số liệu CCHC tỉnh Bình Định".</summary>
    public static string Title(string provinceName) => $"Báo cáo tổng hợp số liệu CCHC tỉnh {provinceName}";
}
