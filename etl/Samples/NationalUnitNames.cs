using CCHC.Etl.Matching;

namespace CCHC.Etl.Samples;

/// <summary>Made-up two-syllable names for the national sample's extra district-level units ("Hà Thanh", "Ngọc
/// Sơn"): Vietnamese-looking so the reader folds diacritics as it does for real names, but fictional, so nobody takes
/// a sample figure for a real district's. No name may be read inside another: the unit matcher finds a unit by its
/// name's words anywhere in the issuer line, so "Phù Mỹ" beside "Phù Mỹ Tây" would name two units.</summary>
internal static class NationalUnitNames
{
    // Syllables chosen so that no pair folds into a name the shipped catalogue uses (Quy Nhơn, An Lão, Bình Định …).
    static readonly string[] Syllables =
    [
        "An", "Bảo", "Cẩm", "Châu", "Đại", "Đông", "Gia", "Hà", "Hải", "Hòa", "Hồng", "Hưng", "Kim", "Lạc", "Lâm", "Long",
        "Mỹ", "Nghĩa", "Ngọc", "Phong", "Phúc", "Quế", "Sơn", "Thạch", "Thanh", "Thuận", "Trà", "Trường", "Vạn", "Xuân", "Yên",
    ];

    /// <summary><paramref name="count"/> names in a fixed order, none equal to or inside <paramref name="taken"/>
    /// (the folded names and aliases already in the catalogue) nor inside each other.</summary>
    public static IReadOnlyList<string> Make(int count, IReadOnlyCollection<string> taken)
    {
        var pairs =
            from first in Syllables
            from second in Syllables
            where first != second
            let name = $"{first} {second}"
            orderby StableNoise.Unit("national-name", name), name
            select name;
        var names = new List<string>(count);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in pairs)
        {
            var key = TextKey.Fold(name);
            if (taken.Any(t => TextKey.ContainsWords(t, key) || TextKey.ContainsWords(key, t))) continue;
            if (!keys.Add(key)) continue;
            names.Add(name);
            if (names.Count == count) return names;
        }
        throw new InvalidOperationException($"Only {names.Count} distinct sample names can be made; {count} were asked for.");
    }
}
