using System.Reflection;

namespace CCHC.Benchmarks.Harness;

/// <summary>The .sql and .js files embedded in this program, by file name.</summary>
static class Resources
{
    public static string Text(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(fileName)
            ?? throw new InvalidOperationException($"No embedded file named '{fileName}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
