namespace CCHC.Etl.Reading;

/// <summary>What a submitted file must pass before any parser (ExcelDataReader, the Word and CSV readers, the format
/// sniffing) opens it: its size, and for a zip or OLE container the sizes its directory declares. A file over a
/// <see cref="ReadLimits">limit</see> is refused unread, with the limit named.</summary>
internal static class WorkbookGuard
{
    public static void Check(Stream stream, bool isZip, bool isOle)
    {
        if (stream.Length > ReadLimits.MaxFileBytes)
            throw new WorkbookReadException($"Tệp nặng {ReadLimits.Bytes(stream.Length)}, quá giới hạn {ReadLimits.Bytes(ReadLimits.MaxFileBytes)} " +
                "của một tệp phụ lục (file too large).");
        if (isZip) PackageGuard.Check(stream);
        else if (isOle) CompoundFileGuard.Check(stream);
    }
}
