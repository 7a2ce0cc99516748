using ScottPlot;

namespace CCHC.Dashboard.Export.Images;

/// <summary>Be Vietnam Pro, registered with ScottPlot from the TTF files the build copies to <c>fonts/</c> beside
/// the binaries, so an exported image never depends on the fonts of the machine that draws it.</summary>
/// <remarks>ScottPlot resolves a font name it does not know to a system font, silently, and a server's default font
/// may have no Vietnamese glyphs ("Tỷ lệ" would come out as boxes). So a missing file is an error here, and what
/// ScottPlot resolves is checked once after registration.</remarks>
public static class SlideFonts
{
    /// <summary>Regular (400) and bold (700).</summary>
    public const string Family = "Be Vietnam Pro";

    /// <summary>The 600 weight, under a name of its own: <see cref="Fonts.AddFontFile"/> knows only regular and bold.</summary>
    public const string SemiBoldFamily = "Be Vietnam Pro SemiBold";

    public const string RegularFile = "BeVietnamPro_400Regular.ttf";
    public const string SemiBoldFile = "BeVietnamPro_600SemiBold.ttf";
    public const string BoldFile = "BeVietnamPro_700Bold.ttf";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "fonts");

    static readonly Lock Gate = new();
    static volatile bool registered;

    /// <summary>Registers the typefaces once per process; safe to call from any thread before every render. A failed
    /// registration is not remembered, so a deployment fixed while the server runs recovers on the next export.</summary>
    /// <exception cref="FileNotFoundException">A font file is missing; the message names it.</exception>
    public static void EnsureRegistered()
    {
        if (registered) return;
        lock (Gate)
        {
            if (registered) return;
            Register(Folder);
            registered = true;
        }
    }

    internal static void Register(string folder)
    {
        // Every file is checked before any is added, so a failure leaves ScottPlot's resolvers as they were.
        string File(string name)
        {
            var path = Path.Combine(folder, name);
            return System.IO.File.Exists(path) ? path : throw new FileNotFoundException(
                $"Slide font file missing: {path}. The build copies Be Vietnam Pro to fonts/ beside the binaries; " +
                "exported charts are not drawn without it, since the fallback font may lack Vietnamese glyphs.", path);
        }
        var (regular, semiBold, bold) = (File(RegularFile), File(SemiBoldFile), File(BoldFile));

        Fonts.AddFontFile(Family, regular, bold: false, italic: false);
        Fonts.AddFontFile(SemiBoldFamily, semiBold, bold: false, italic: false);
        Fonts.AddFontFile(Family, bold, bold: true, italic: false);

        foreach (var (name, isBold) in new[] { (Family, false), (SemiBoldFamily, false), (Family, true) })
        {
            var typeface = Fonts.GetTypeface(name, isBold, italic: false);
            if (typeface.FamilyName != Family || !typeface.ContainsGlyphs("Tỷ lệ hồ sơ đúng hạn Dữ liệu"))
                throw new InvalidOperationException(
                    $"ScottPlot resolved '{name}'{(isBold ? " bold" : "")} to '{typeface.FamilyName}', not {Family}.");
        }
    }
}
