namespace CCHC.Dashboard.Pages;

/// <summary>Starts warehouse reads so that independent ones overlap.</summary>
/// <remarks>
/// DuckDB.NET answers a query synchronously inside its "async" call (see <c>DashboardQueries</c>): calling several
/// reads and then awaiting <see cref="Task.WhenAll(Task[])"/> would still run them one after another. Each read is
/// started on the thread pool instead; the reader gives every call its own connection, so they may run at once.
/// A read must not touch a component's state: it gets what it needs as arguments and returns its answer.
/// </remarks>
public static class Reads
{
    /// <param name="overlap">False runs the read here and now, finished when it returns (see
    /// <see cref="DashboardPage"/> for when a page wants that).</param>
    public static Task<T> Start<T>(Func<Task<T>> read, bool overlap = true) => overlap ? Task.Run(read) : read();
}
