using System.Buffers.Binary;

namespace CCHC.Dashboard.BrowserTests.Hosting;

/// <summary>Reads a PNG's size from its IHDR chunk, which always follows the 8-byte signature.</summary>
public static class Png
{
    public static bool IsPng(byte[] bytes) => bytes.Length > 24 && bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });

    public static (int Width, int Height) Size(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
}
