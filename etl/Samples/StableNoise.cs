using System.Text;

namespace CCHC.Etl.Samples;

/// <summary>Deterministic pseudo-randomness keyed by what a value is (unit, indicator, year), not by the order values
/// are drawn in: adding an indicator to the catalogue changes no other sample value.</summary>
internal static class StableNoise
{
    /// <summary>A number in [0, 1) fixed for the given keys.</summary>
    public static double Unit(params string[] keys)
    {
        // FNV-1a over the keys, then a SplitMix64 finaliser to spread nearby inputs.
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(string.Join('\u001F', keys)))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        hash ^= hash >> 30;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 27;
        hash *= 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        return (hash >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>A number in [-1, 1).</summary>
    public static double Signed(params string[] keys) => Unit(keys) * 2 - 1;
}
