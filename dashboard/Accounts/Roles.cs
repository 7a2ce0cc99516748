namespace CCHC.Dashboard.Accounts;

/// <summary>Who may do what. Leadership reads every page (viewer); analysts also export and see the data-quality
/// page; the data steward (admin) also uploads workbooks and manages accounts. Each role includes the ones before.</summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Analyst, Admin];

    /// <summary>Policy names, checked on the server for every page and endpoint.</summary>
    public const string CanExport = "can-export";
    public const string CanAdminister = "can-administer";

    public static string Describe(string role) => role switch
    {
        Viewer => "xem (lãnh đạo)",
        Analyst => "phân tích (xem, xuất, chất lượng dữ liệu)",
        Admin => "quản trị (thêm: tải lên, tài khoản)",
        _ => role,
    };
}
