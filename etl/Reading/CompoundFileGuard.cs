using System.Buffers.Binary;
using System.Text;

namespace CCHC.Etl.Reading;

/// <summary>Checks an OLE compound file (.xls, or an encrypted .xlsx, which Excel wraps in one) before ExcelDataReader
/// walks it. Its header declares how many sectors to follow; ExcelDataReader 3.6 believes it, so a header claiming
/// two billion DIFAT sectors in a one-kilobyte file would loop and allocate until the process dies. Encryption is
/// told here too, so the clerk hears "password" rather than "corrupt".</summary>
internal static class CompoundFileGuard
{
    const int HeaderBytes = 512;
    const int EntryBytes = 128;

    public static void Check(Stream stream)
    {
        try
        {
            var length = stream.Length;
            var header = new byte[HeaderBytes];
            if (length < HeaderBytes || stream.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false) < HeaderBytes)
                throw Corrupt("thiếu phần đầu tệp (header cut short)");
            var sectorShift = U16(header, 30);
            if (sectorShift is not (9 or 12) || U16(header, 32) != 6)
                throw Corrupt($"kích thước sector khai 2^{sectorShift} không hợp lệ (bad sector size)");
            var sectors = (length - HeaderBytes) / (1L << sectorShift) + 1;
            foreach (var (name, offset) in new[] { ("FAT", 44), ("mini FAT", 64), ("DIFAT", 72) })
                if (I32(header, offset) is var count && (count < 0 || count > sectors))
                    throw Corrupt($"phần đầu tệp khai {ReadLimits.Show(count)} sector {name} trong khi tệp chỉ có {ReadLimits.Show(sectors)} " +
                        "(header declares more sectors than the file holds)");

            Directory(stream, length);
        }
        finally
        {
            stream.Seek(0, SeekOrigin.Begin);
        }
    }

    // Directory entries sit at 128-byte steps in their sectors; finding them by shape spares following the FAT here.
    static void Directory(Stream stream, long length)
    {
        stream.Seek(HeaderBytes, SeekOrigin.Begin);
        var entry = new byte[EntryBytes];
        while (stream.ReadAtLeast(entry, EntryBytes, throwOnEndOfStream: false) == EntryBytes)
        {
            if (NameOf(entry) is not { } name) continue;
            if (name is "EncryptedPackage" or "EncryptionInfo") throw WorkbookReadException.PasswordProtected();
            var isStream = entry[66] == 2;
            if (isStream && BinaryPrimitives.ReadUInt32LittleEndian(entry.AsSpan(120)) is var size && size > length)
                throw Corrupt($"phần \"{name}\" khai dài {ReadLimits.Bytes(size)}, lớn hơn cả tệp (stream longer than the file)");
        }
    }

    static string? NameOf(byte[] entry)
    {
        var nameBytes = U16(entry, 64);
        if (nameBytes is < 4 or > 64 || nameBytes % 2 != 0 || entry[66] is not (1 or 2 or 5) || entry[67] > 1) return null;
        var chars = Encoding.Unicode.GetString(entry, 0, nameBytes - 2);
        if (U16(entry, nameBytes - 2) != 0 || chars.Any(c => c == 0)) return null;
        return chars.TrimStart('\u0001', '\u0005', '\u0006');
    }

    static WorkbookReadException Corrupt(string what) =>
        new($"Không đọc được bảng tính .xls, tệp hỏng: {what} (corrupt compound file).");

    static int U16(byte[] bytes, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset));
    static int I32(byte[] bytes, int offset) => BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset));
}
