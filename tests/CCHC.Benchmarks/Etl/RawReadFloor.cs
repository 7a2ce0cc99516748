using System.Diagnostics;
using System.Text;
using ExcelDataReader;

namespace CCHC.Benchmarks.Etl;

/// <summary>The floor under the ETL: the same files opened with the same library (ExcelDataReader) and every row of
/// every sheet enumerated, each cell's value fetched, nothing else. No loader can read the cells faster than this.</summary>
static class RawReadFloor
{
    static RawReadFloor() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static readonly string[] Extensions = [".xlsx", ".xlsm", ".xls"];

    public sealed record Result(int Files, int Skipped, long Cells, TimeSpan Elapsed);

    public static Result Read(IReadOnlyList<string> files)
    {
        var read = 0;
        long cells = 0;
        var clock = Stopwatch.StartNew();
        foreach (var path in files)
        {
            if (!Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)) continue;
            using var stream = File.OpenRead(path);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            do
            {
                while (reader.Read())
                    for (var c = 0; c < reader.FieldCount; c++)
                        if (reader.GetValue(c) is not null) cells++;
            } while (reader.NextResult());
            read++;
        }
        return new Result(read, files.Count - read, cells, clock.Elapsed);
    }
}
