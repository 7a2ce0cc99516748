using System.Diagnostics;
using CCHC.Etl.Tests.Builders;
using CCHC.Etl.Tests.Hostile.Corpus;
using CCHC.Etl.Tests.Hostile.Files;
using Xunit.Abstractions;

namespace CCHC.Etl.Tests.Hostile;

/// <summary>Loads a hostile file beside the good workbook with the real loader and checks the answer it gets; a file
/// refused whole is also loaded alone into a warehouse already holding the good one, which must come out unchanged.</summary>
public abstract class CorpusAnswers(ITestOutputHelper output)
{
    static readonly string[] VerdictTables = ["load_file", "load_reject"];

    protected void Check(HostileCase hostile)
    {
        var clock = Stopwatch.StartNew();
        using var made = new TempDirectory();
        var source = made.File(hostile.FileName);
        hostile.Write(source);
        var written = clock.ElapsedMilliseconds;
        using var folder = new HostileFolder();
        File.Copy(source, folder.Input.File(hostile.FileName));
        Submissions.Good(folder.Input.Path);

        var run = folder.Load();

        var good = Assert.Single(run.Files, f => f.FileName == Submissions.GoodFileName);
        Assert.Equal("loaded", good.Status);
        Assert.Equal(Submissions.GoodFacts, folder.Facts(Submissions.GoodFileName).Count);
        Assert.Empty(folder.Rejects(Submissions.GoodFileName));
        var outcome = Assert.Single(run.Files, f => f.FileName == hostile.FileName);
        switch (hostile.Expected)
        {
            case RefusedWhole refused:
                Assert.Equal("rejected", outcome.Status);
                RefusedAsExpected(folder, hostile.FileName, refused);
                break;
            case Loaded loaded:
                Assert.Equal("loaded", outcome.Status);
                LoadedAsExpected(folder, hostile.FileName, loaded);
                break;
        }
        var beside = clock.ElapsedMilliseconds - written;
        var change = hostile.Expected is RefusedWhole ? LeavesWarehouseAsItWas(hostile, source) : "";
        output.WriteLine($"{hostile.Name} ({new FileInfo(source).Length:#,0} bytes, written in {written} ms): {outcome.Status}; " +
            $"loaded beside the good file in {beside} ms, case done in {clock.ElapsedMilliseconds} ms{change}");
    }

    static void RefusedAsExpected(HostileFolder folder, string file, RefusedWhole refused)
    {
        var reject = Assert.Single(folder.Rejects(file));
        foreach (var word in refused.Words)
            Assert.True(reject.Reason.Contains(word, StringComparison.Ordinal), $"\"{word}\" not in the reason: {reject.Reason}");
        Assert.Equal(refused.Sheet, reject.Sheet);
        Assert.Equal(refused.Cell, reject.Cell);
        Assert.Empty(folder.Facts(file));
        Assert.Equal(0, folder.Submissions(file));
    }

    static void LoadedAsExpected(HostileFolder folder, string file, Loaded loaded)
    {
        var facts = folder.Facts(file).Select(f => new ExpectedFact(f.Indicator, f.Year, f.Value));
        Assert.Equal(Sorted(loaded.Facts), Sorted(facts));
        var rejects = folder.Rejects(file);
        var all = string.Join("\n", rejects);
        Assert.True(loaded.Rejects.Count == rejects.Count, $"expected {loaded.Rejects.Count} rejects, got:\n{all}");
        foreach (var expected in loaded.Rejects)
        {
            var match = rejects.FirstOrDefault(r => r.Sheet == expected.Sheet && r.Cell == expected.Cell
                && expected.Words.All(w => r.Reason.Contains(w, StringComparison.Ordinal)));
            Assert.True(match is not null, $"no reject {expected.Sheet}!{expected.Cell} with [{string.Join(", ", expected.Words)}] among:\n{all}");
            if (expected.MaxReasonChars is { } max)
                Assert.True(match.Reason.Length <= max, $"reason of {match.Reason.Length} characters: {match.Reason[..Math.Min(200, match.Reason.Length)]}…");
        }
    }

    static List<ExpectedFact> Sorted(IEnumerable<ExpectedFact> facts) => [.. facts.OrderBy(f => f.Indicator, StringComparer.Ordinal).ThenBy(f => f.Year)];

    /// <summary>The good folder loaded, then the hostile file alone. Byte-identical is the goal (atomic snapshot
    /// publishing, in progress, writes nothing for a run that changes nothing); until then a rejection writes its verdict,
    /// one load_file row (status rejected, with the reason and the content hash, so the same bytes are not read again) and
    /// one load_reject row, and DuckDB rewrites the file around them. Every other table must be as it was.</summary>
    /// <returns>What changed, for the test's output.</returns>
    static string LeavesWarehouseAsItWas(HostileCase hostile, string source)
    {
        using var existing = new HostileFolder();
        Submissions.Good(existing.Input.Path);
        existing.Load();
        var (hash, before) = (existing.Hash(), existing.Tables());
        using var upload = new TempDirectory();
        File.Copy(source, upload.File(hostile.FileName));

        var run = existing.Load(upload.Path);

        Assert.Equal("rejected", Assert.Single(run.Files).Status);
        if (existing.Hash() == hash) return "; warehouse byte-identical";
        var after = existing.Tables();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var table in before.Keys.Except(VerdictTables))
            Assert.True(before[table].SequenceEqual(after[table]), $"{table} changed when {hostile.FileName} was refused");
        foreach (var table in VerdictTables)
        {
            Assert.Empty(before[table].Except(after[table]));
            var added = Assert.Single(after[table].Except(before[table]));
            Assert.Contains(hostile.FileName, added);
        }
        return "; warehouse bytes changed: +1 load_file (rejected), +1 load_reject, no other row";
    }
}
