using CCHC.Warehouse.Model;

namespace CCHC.Warehouse.Tests;

/// <summary>A source file as the ETL reads it; each builder stands for different bytes unless a hash is given.</summary>
public sealed class FileBuilder(string fileName)
{
    private readonly List<SubmissionBuilder> submissions = [];
    private string contentHash = Guid.NewGuid().ToString("N");
    private DateTime modifiedUtc = new(2020, 5, 1, 8, 0, 0, DateTimeKind.Utc);
    private (string Reason, string? Sheet, string? Cell)? reject;

    public FileBuilder Hash(string hash) { contentHash = hash; return this; }

    public FileBuilder Modified(int year, int month, int day, int hour = 8, int minute = 0)
    {
        modifiedUtc = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc);
        return this;
    }

    public FileBuilder With(SubmissionBuilder submission) { submissions.Add(submission); return this; }

    public FileBuilder RejectedBecause(string reason, string? sheet = null, string? cell = null)
    {
        reject = (reason, sheet, cell);
        return this;
    }

    public FileReadResult Build() => new(
        new SourceFile(fileName, contentHash, SizeBytes: 4096, modifiedUtc),
        reject is null ? submissions.Select(submission => submission.Build()).ToList() : [],
        reject?.Reason, reject?.Sheet, reject?.Cell);
}
