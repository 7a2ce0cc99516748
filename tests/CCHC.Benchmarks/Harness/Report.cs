using System.Text;

namespace CCHC.Benchmarks.Harness;

/// <summary>Collects the figures of every suite, prints each suite's table (Markdown, so it can go into
/// docs/BENCHMARKS.md as it is) when the suite ends, and the targets missed at the very end.</summary>
sealed class Report
{
    readonly List<(string Suite, List<Figure> Figures)> sections = [];
    readonly StringBuilder all = new();

    public List<Figure> Begin(string suite)
    {
        var figures = new List<Figure>();
        sections.Add((suite, figures));
        Console.WriteLine();
        Console.WriteLine($"## {suite}");
        Console.WriteLine();
        return figures;
    }

    /// <summary>Prints the figures of the suite begun last.</summary>
    public void End()
    {
        var (suite, figures) = sections[^1];
        var table = Table(figures);
        Console.WriteLine();
        Console.Write(table);
        all.AppendLine($"## {suite}").AppendLine().Append(table).AppendLine();
    }

    /// <summary>A line under the table just printed (how busy the cores were meanwhile).</summary>
    public void Note(string line)
    {
        Console.WriteLine();
        Console.WriteLine($"_{line}_");
        all.AppendLine($"_{line}_").AppendLine();
    }

    public string Summary()
    {
        var figures = sections.SelectMany(s => s.Figures.Select(f => (s.Suite, Figure: f))).ToList();
        var judged = figures.Where(f => f.Figure.Met is not null).ToList();
        var missed = judged.Where(f => f.Figure.Met == false).ToList();
        var sb = new StringBuilder();
        sb.AppendLine($"Targets: {judged.Count - missed.Count} met, {missed.Count} missed, " +
                      $"{figures.Count(f => f.Figure.Target is not null && f.Figure.Met is null)} not measured.");
        foreach (var (suite, f) in missed)
            sb.AppendLine($"  missed  {suite} · {f.Measure}: {f.Value} (target {f.Target!.Text})");
        return sb.ToString();
    }

    public string Markdown => all.ToString();

    static string Table(IReadOnlyList<Figure> figures)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| measure | figure | beside it | target | met |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var f in figures)
        {
            var met = f.Met switch { true => "yes", false => "**no**", null => f.Target is null ? "" : "–" };
            sb.AppendLine($"| {Cell(f.Measure)} | {Cell(f.Value)} | {Cell(f.Reference)} | {Cell(f.Target?.Text ?? "")} | {met} |");
        }
        return sb.ToString();
    }

    static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
