using System.Globalization;
using System.Text;

namespace CCHC.Etl.Tests.Hostile.Files;

/// <summary>Rows written as a CSV export of Excel would write them (comma, quoted where needed, UTF-8 with BOM).</summary>
public static class CsvFile
{
    public static string Write(string path, IEnumerable<object?[]> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        foreach (var row in rows)
            writer.WriteLine(string.Join(",", row.Select(Field)));
        return path;
    }

    static string Field(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
