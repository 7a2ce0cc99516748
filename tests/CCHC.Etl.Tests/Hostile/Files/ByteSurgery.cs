using System.Buffers.Binary;
using System.Text;

namespace CCHC.Etl.Tests.Hostile.Files;

/// <summary>Damage done to a good file's bytes, the way a failed download, a bad disk or an attacker would.</summary>
public static class ByteSurgery
{
    public static void Truncate(string path, double keep)
    {
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * keep)]);
    }

    /// <summary>Overwrites the middle of a zip entry's compressed data, leaving every header intact.</summary>
    public static void GarbleEntry(string path, string entryName)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var at = 0; at + 30 < bytes.Length; at++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) != 0x04034b50) continue;
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 26));
            if (!bytes.AsSpan(at + 30, nameLength).SequenceEqual(name)) continue;
            var data = at + 30 + nameLength + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 28));
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 18));
            bytes.AsSpan(data + size / 4, Math.Min(64, size / 2)).Fill(0xFF);
            File.WriteAllBytes(path, bytes);
            return;
        }
        throw new InvalidOperationException($"{entryName} not found in {path}");
    }

    /// <summary>An OLE header claiming two billion DIFAT sectors, the first of which (appended) names itself as the
    /// next: a reader that believes the header loops, adding 127 sector numbers a turn, until memory runs out.</summary>
    public static void DifatLoop(string path)
    {
        var bytes = File.ReadAllBytes(path).ToList();
        var sectorSize = 1 << BinaryPrimitives.ReadUInt16LittleEndian(bytes.ToArray().AsSpan(30));
        var self = (uint)((bytes.Count - 512) / sectorSize);
        var sector = new byte[sectorSize];
        for (var i = 0; i < sectorSize; i += 4) BinaryPrimitives.WriteUInt32LittleEndian(sector.AsSpan(i), self);
        bytes.AddRange(sector);
        var patched = bytes.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(patched.AsSpan(68), self);
        BinaryPrimitives.WriteInt32LittleEndian(patched.AsSpan(72), int.MaxValue);
        File.WriteAllBytes(path, patched);
    }
}
