using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CCHC.Etl.Tests.Hostile.Files;

/// <summary>An .xlsx whose sheet part inflates to gigabytes of XML whitespace from a few megabytes, written in well
/// under a second: one megabyte of spaces is deflated once, after a sync flush, and that block is repeated (deflate
/// blocks that only refer back to spaces decode the same wherever they follow spaces). The zip is written by hand so
/// the central directory can declare any size, true or not.</summary>
public static class ZipBomb
{
    const int Chunk = 1 << 20;

    /// <param name="inflatedMegabytes">How much whitespace the sheet really inflates to.</param>
    /// <param name="declaredBytes">The uncompressed size the zip claims for the sheet; null for the truth.</param>
    public static string Write(string directory, string fileName, int inflatedMegabytes, long? declaredBytes = null)
    {
        var package = new RawXlsx().Sheet("PL3", w => w.Write(Placeholder));
        var entries = new List<Entry>();
        foreach (var (name, write) in package.Parts())
        {
            using var content = new MemoryStream();
            write(content);
            var text = content.ToArray();
            if (name != "xl/worksheets/sheet1.xml")
            {
                entries.Add(new Entry(name, [Deflate(text)], Crc32.Of(text), text.Length));
                continue;
            }
            var xml = Encoding.UTF8.GetString(text).Split(Placeholder);
            entries.Add(Bomb(name, xml[0], xml[1], inflatedMegabytes, declaredBytes));
        }
        var path = Path.Combine(directory, fileName);
        using var file = File.Create(path);
        WriteZip(file, entries);
        return path;
    }

    const string Placeholder = "<!--bomb-->";

    sealed record Entry(string Name, IReadOnlyList<ReadOnlyMemory<byte>> Pieces, uint Crc, long Size)
    {
        public long Compressed => Pieces.Sum(p => (long)p.Length);
    }

    static Entry Bomb(string name, string prefix, string suffix, int megabytes, long? declared)
    {
        var spaces = Encoding.ASCII.GetBytes(new string(' ', Chunk));
        using var deflated = new MemoryStream();
        long first, repeatStart, repeatEnd;
        using (var deflate = new DeflateStream(deflated, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(Encoding.UTF8.GetBytes(prefix));
            deflate.Write(spaces);
            deflate.Flush();
            first = repeatStart = deflated.Length;
            deflate.Write(spaces);
            deflate.Flush();
            repeatEnd = deflated.Length;
            deflate.Write(Encoding.UTF8.GetBytes(suffix));
        }
        var bytes = deflated.ToArray();
        var repeat = bytes.AsMemory((int)repeatStart, (int)(repeatEnd - repeatStart));
        var pieces = new List<ReadOnlyMemory<byte>> { bytes.AsMemory(0, (int)first) };
        for (var i = 1; i < megabytes; i++) pieces.Add(repeat);
        pieces.Add(bytes.AsMemory((int)repeatEnd));
        var size = Encoding.UTF8.GetByteCount(prefix) + (long)megabytes * Chunk + Encoding.UTF8.GetByteCount(suffix);
        // The checksum of gigabytes of spaces is not worth computing: no reader must get far enough to check it.
        return new Entry(name, pieces, 0, declared ?? size);
    }

    static byte[] Deflate(byte[] content)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(content);
        return output.ToArray();
    }

    static void WriteZip(Stream zip, IReadOnlyList<Entry> entries)
    {
        var offsets = new List<long>();
        foreach (var entry in entries)
        {
            offsets.Add(zip.Position);
            Header(zip, entry, central: false, offset: 0);
            foreach (var piece in entry.Pieces) zip.Write(piece.Span);
        }
        var directoryStart = zip.Position;
        for (var i = 0; i < entries.Count; i++) Header(zip, entries[i], central: true, offsets[i]);
        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)(zip.Position - directoryStart));
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), (uint)directoryStart);
        zip.Write(end);
    }

    static void Header(Stream zip, Entry entry, bool central, long offset)
    {
        var name = Encoding.UTF8.GetBytes(entry.Name);
        var header = new byte[(central ? 46 : 30) + name.Length];
        var at = 0;
        void U16(int value) { BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(at), (ushort)value); at += 2; }
        void U32(long value) { BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(at), (uint)value); at += 4; }
        U32(central ? 0x02014b50 : 0x04034b50);
        if (central) U16(20);
        U16(20); U16(0); U16(8);                   // version needed, flags, deflate
        U16(0x4000); U16(0x508F);                  // 08:00, 15 April 2020
        U32(entry.Crc); U32(entry.Compressed); U32(entry.Size);
        U16(name.Length); U16(0);
        if (central) { U16(0); U16(0); U16(0); U32(0); U32(offset); }
        name.CopyTo(header.AsSpan(at));
        zip.Write(header);
    }
}

/// <summary>CRC-32 as zip uses it (IEEE 802.3, reflected).</summary>
public static class Crc32
{
    static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    public static uint Of(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFFu;
    }
}
