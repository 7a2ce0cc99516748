namespace CCHC.Etl.LegacyText;

/// <summary>The pre-Unicode Vietnamese codes offices still type in.</summary>
public enum LegacyEncoding { Tcvn3, Vni }

/// <summary>A cell's font, when it is one of a legacy code: the code it draws, and whether it draws capitals only
/// (".VnTimeH": the small letters' codes shown as capitals, since TCVN3 has no codes for most capitals).</summary>
public readonly record struct LegacyFont(LegacyEncoding Encoding, bool CapitalsOnly, string Name);

public static class LegacyEncodings
{
    /// <summary>The legacy code a font name stands for: ".VnTime", ".VnArialH", "VnTimeH" (TCVN3); "VNI-Times",
    /// "VNI-Helve" (VNI); null for any other font.</summary>
    public static LegacyFont? FontOf(string? fontName)
    {
        var name = fontName?.Trim() ?? "";
        var bare = name.TrimStart('.');
        if (bare.Length > 2 && bare.StartsWith("Vn", StringComparison.Ordinal) && char.IsUpper(bare[2]))
            return new LegacyFont(LegacyEncoding.Tcvn3, bare.EndsWith('H'), name);
        if (name.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase))
            return new LegacyFont(LegacyEncoding.Vni, false, name);
        return null;
    }

    public static string? Decode(LegacyEncoding encoding, string text) =>
        encoding == LegacyEncoding.Tcvn3 ? Tcvn3.Decode(text) : VniWindows.Decode(text);

    public static int Evidence(LegacyEncoding encoding, string text) =>
        encoding == LegacyEncoding.Tcvn3 ? Tcvn3.Evidence(text) : VniWindows.Evidence(text);

    /// <summary>How a clerk knows the code: "TCVN3 (ABC, phông .VnTime)", "VNI (phông VNI-Times)".</summary>
    public static string Describe(LegacyEncoding encoding, string? fontName) => encoding switch
    {
        LegacyEncoding.Tcvn3 => $"TCVN3 (ABC, phông {fontName ?? ".VnTime"})",
        _ => $"VNI (phông {fontName ?? "VNI-Times"})",
    };
}
