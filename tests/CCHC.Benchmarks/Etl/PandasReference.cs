using System.Text.Json;
using CCHC.Benchmarks.Harness;

namespace CCHC.Benchmarks.Etl;

/// <summary>Runs read_long_table.py with Debian's Python, installing python3-pandas and python3-openpyxl first when
/// they are missing and this is root on Debian (as test.sh does for Chromium); otherwise says how to get them.</summary>
static class PandasReference
{
    // Debian's packages install for Debian's interpreter, which a pyenv or venv python3 on PATH would not see.
    const string DebianPython = "/usr/bin/python3";
    static readonly string[] Packages = ["python3-pandas", "python3-openpyxl"];

    public sealed record Result(int Files, IReadOnlyList<string> Skipped, long Cells, TimeSpan Elapsed);

    /// <summary>Null when pandas can be run; else why not.</summary>
    public static string? EnsureInstalled()
    {
        if (CanImport()) return null;
        if (!File.Exists("/usr/bin/apt-get") || Environment.UserName != "root")
            return $"pandas/openpyxl missing: apt-get install -y --no-install-recommends {string.Join(' ', Packages)} (as root), then run again";
        Console.WriteLine($"  · installing {string.Join(", ", Packages)} (Debian packages) for the pandas reference …");
        var env = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        var (update, updateOut) = Processes.Run("apt-get", ["update", "-qq"], environment: env);
        var (install, installOut) = update == 0
            ? Processes.Run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", .. Packages], environment: env)
            : (update, updateOut);
        if (install != 0 || !CanImport())
            return $"could not install {string.Join(", ", Packages)}: {installOut.Trim().Split('\n').LastOrDefault()}";
        return null;
    }

    static bool CanImport() =>
        File.Exists(DebianPython) && Processes.Run(DebianPython, ["-c", "import pandas, openpyxl"]).ExitCode == 0;

    public static Result Read(string folder)
    {
        var (exit, output) = Processes.Run(DebianPython, [Repo.Source("Etl", "read_long_table.py"), folder]);
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
        if (exit != 0 || line is null) throw new InvalidOperationException($"read_long_table.py failed ({exit}):\n{output}");
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return new Result(root.GetProperty("files").GetInt32(),
            root.GetProperty("skipped").EnumerateArray().Select(e => e.GetString()!).ToList(),
            root.GetProperty("cells").GetInt64(),
            TimeSpan.FromSeconds(root.GetProperty("seconds").GetDouble()));
    }
}
