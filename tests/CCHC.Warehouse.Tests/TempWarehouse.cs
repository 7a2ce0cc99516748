namespace CCHC.Warehouse.Tests;

/// <summary>A warehouse file in its own temp folder, deleted with the folder on dispose.</summary>
public sealed class TempWarehouse : IDisposable
{
    private readonly string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cchc-warehouse-" + Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(folder, "nested", "warehouse.duckdb");

    public WarehouseDatabase OpenForWrite() => WarehouseDatabase.OpenForWrite(Path);

    public WarehouseDatabase OpenReadOnly() => WarehouseDatabase.OpenReadOnly(Path);

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
