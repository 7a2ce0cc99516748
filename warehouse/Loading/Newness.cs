namespace CCHC.Warehouse;

/// <summary>
/// What decides which of two submissions is the newer: the date the report states (else the file's modified date),
/// then the file's modified time, then its name (ordinal), then the order files and sheets were loaded in.
/// Before all of these, an official report beats sample data: a sample workbook must never hide a real figure.
/// </summary>
internal sealed record Newness(DateOnly EffectiveDate, DateTime ModifiedUtc, string FileName, long LoadId, long SubmissionId, bool IsOfficial)
    : IComparable<Newness>
{
    public bool IsNewerThan(Newness other) => CompareTo(other) > 0;

    public int CompareTo(Newness? other)
    {
        if (other is null) return 1;
        var order = IsOfficial.CompareTo(other.IsOfficial);
        if (order == 0) order = EffectiveDate.CompareTo(other.EffectiveDate);
        if (order == 0) order = ModifiedUtc.Ticks.CompareTo(other.ModifiedUtc.Ticks);
        if (order == 0) order = string.CompareOrdinal(FileName, other.FileName);
        if (order == 0) order = LoadId.CompareTo(other.LoadId);
        if (order == 0) order = SubmissionId.CompareTo(other.SubmissionId);
        return order;
    }
}
