namespace CCHC.Warehouse.Queries;

/// <summary>Why the dashboard cannot read the warehouse right now.</summary>
public enum WarehouseProblem
{
    /// <summary>No file at the path: the ETL has not loaded anything yet.</summary>
    Missing,

    /// <summary>Another process (the ETL) is writing the file; try again in a moment.</summary>
    Busy,

    /// <summary>The file is not a DuckDB file, is damaged, or is a DuckDB file without our tables.</summary>
    Unreadable,

    /// <summary>The file was built by another version of the warehouse schema; rebuild it.</summary>
    WrongVersion,
}

/// <summary>
/// The warehouse cannot be read. The message is Vietnamese and says what to do, so the dashboard can show it as is;
/// <see cref="Problem"/> lets it choose the page, <see cref="Path"/> tells an operator which file.
/// </summary>
public sealed class WarehouseUnavailableException(WarehouseProblem problem, string path, Exception? innerException = null)
    : Exception(MessageFor(problem, System.IO.Path.GetFileName(path)), innerException)
{
    public WarehouseProblem Problem { get; } = problem;

    /// <summary>The full path of the warehouse file.</summary>
    public string Path { get; } = path;

    private static string MessageFor(WarehouseProblem problem, string file) => problem switch
    {
        WarehouseProblem.Missing =>
            $"Chưa có kho dữ liệu ({file}). Hãy nạp các phụ lục vào kho: dotnet run --project etl/Cli -- load.",
        WarehouseProblem.Busy =>
            $"Kho dữ liệu ({file}) đang được cập nhật bởi một chương trình khác. Vui lòng thử lại sau ít phút.",
        WarehouseProblem.WrongVersion =>
            $"Kho dữ liệu ({file}) được tạo bởi một phiên bản khác của chương trình. Hãy xoá tệp và nạp lại các phụ lục.",
        _ =>
            $"Không đọc được kho dữ liệu ({file}): tệp không phải kho dữ liệu CCHC hoặc đã hỏng. Hãy xoá tệp và nạp lại các phụ lục.",
    };
}
