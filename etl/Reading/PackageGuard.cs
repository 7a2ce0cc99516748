using System.IO.Compression;
using static CCHC.Etl.Reading.ReadLimits;

namespace CCHC.Etl.Reading;

/// <summary>Refuses an .xlsx whose parts would inflate past the <see cref="ReadLimits"/>, judged from the sizes the zip's
/// central directory declares, before any part is inflated. The declared size binds: .NET stops inflating a part there,
/// so a part that understates its size comes out cut short (and is refused as corrupt), never larger.</summary>
internal static class PackageGuard
{
    public static void Check(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxParts)
                throw new WorkbookReadException($"Tệp có {Show(zip.Entries.Count)} phần, quá giới hạn {Show(MaxParts)} phần của một bảng tính " +
                    $"(too many parts in the package).");
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (IsBomb(entry))
                    throw Refuse(zip, entry, $"nén {Bytes(entry.CompressedLength)} nhưng khai giải nén ra {Bytes(entry.Length)} " +
                        $"(gấp {Show(entry.Length / Math.Max(1, entry.CompressedLength))} lần, giới hạn {MaxCompressionRatio} lần): dấu hiệu \"bom zip\"; " +
                        "tệp không được mở (zip bomb: a part would inflate far beyond its size, refused unread).");
                if (entry.Length > MaxPartBytes)
                    throw Refuse(zip, entry, $"giải nén ra {Bytes(entry.Length)}, quá giới hạn {Bytes(MaxPartBytes)} (part too large when inflated).");
            }
            if (total > MaxPackageBytes)
                throw new WorkbookReadException($"Các phần của tệp giải nén ra tổng cộng {Bytes(total)}, quá giới hạn {Bytes(MaxPackageBytes)} " +
                    "(workbook too large when inflated).");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw WorkbookReadException.Corrupt(e);
        }
        finally
        {
            stream.Seek(0, SeekOrigin.Begin);
        }
    }

    static bool IsBomb(ZipArchiveEntry entry) =>
        entry.Length > RatioCheckedFromBytes && entry.Length > (double)entry.CompressedLength * MaxCompressionRatio;

    // Naming the sheet reads only the workbook part and its relationships, which have just passed the same check.
    static WorkbookReadException Refuse(ZipArchive zip, ZipArchiveEntry entry, string what)
    {
        var sheet = PackageSheets.SheetOf(zip, entry.FullName);
        var where = sheet is null ? $"Phần {entry.FullName} của tệp" : $"Trang tính \"{sheet}\" (phần {entry.FullName})";
        return new WorkbookReadException($"{where} {what}", sheet: sheet);
    }
}
