using CCHC.Etl.Tests.Hostile.Corpus;
using Xunit.Abstractions;

namespace CCHC.Etl.Tests.Hostile;

// One class per family of cases, so the families run in parallel; each case is a row of its theory.

public class BrokenFileTests(ITestOutputHelper output) : CorpusAnswers(output)
{
    public static TheoryData<string> Cases => Names(BrokenFiles.All);

    [Theory, MemberData(nameof(Cases))]
    public void Broken_file_gets_its_answer(string name) => Check(BrokenFiles.All.Single(c => c.Name == name));

    internal static TheoryData<string> Names(IEnumerable<HostileCase> cases) => [.. cases.Select(c => c.Name)];
}

public class OversizedFileTests(ITestOutputHelper output) : CorpusAnswers(output)
{
    public static TheoryData<string> Cases => BrokenFileTests.Names(OversizedFiles.All);

    [Theory, MemberData(nameof(Cases))]
    public void Oversized_file_gets_its_answer(string name) => Check(OversizedFiles.All.Single(c => c.Name == name));
}

public class ContentMistakeTests(ITestOutputHelper output) : CorpusAnswers(output)
{
    public static TheoryData<string> Cases => BrokenFileTests.Names(ContentMistakes.All);

    [Theory, MemberData(nameof(Cases))]
    public void Mistaken_content_gets_its_answer(string name) => Check(ContentMistakes.All.Single(c => c.Name == name));
}

public class HostileTextTests(ITestOutputHelper output) : CorpusAnswers(output)
{
    public static TheoryData<string> Cases => BrokenFileTests.Names(HostileText.All);

    [Theory, MemberData(nameof(Cases))]
    public void Hostile_text_is_kept_as_text(string name) => Check(HostileText.All.Single(c => c.Name == name));
}
