using System.Collections.Frozen;
using System.Reflection;

namespace CCHC.Warehouse;

/// <summary>The .sql files embedded in this assembly, by their path in the project ("Schema/dim_unit.sql").</summary>
internal static class SqlResource
{
    // MSBuild writes RecursiveDir with the host's separator; normalise so names read the same on every OS.
    private static readonly FrozenDictionary<string, string> Texts = Load();

    public static string Read(string logicalName) =>
        Texts.TryGetValue(logicalName, out var sql)
            ? sql
            : throw new InvalidOperationException($"No embedded SQL named '{logicalName}'.");

    /// <summary>Every file in a folder, in ordinal name order.</summary>
    public static IReadOnlyList<string> Folder(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return Texts.Keys.Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(".sql", StringComparison.Ordinal))
            .ToFrozenDictionary(name => name.Replace('\\', '/'), name => ReadResource(assembly, name), StringComparer.Ordinal);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
