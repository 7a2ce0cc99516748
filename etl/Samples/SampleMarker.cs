namespace CCHC.Etl.Samples;

/// <summary>The line every sample sheet carries (the loader flags submissions that have it), and the workbook
/// properties that say the same.</summary>
public static class SampleMarker
{
    public const string Text = "DỮ LIỆU MẪU – không phải số liệu chính thức";
    public const string Subject = "Dữ liệu mẫu (sample data)";
    public const string Comments = Text + ". Sinh tự động để thử trình đọc và bảng điều khiển; không dùng cho báo cáo.";
}
