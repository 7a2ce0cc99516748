using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NPOI.POIFS.FileSystem;

namespace CCHC.Etl.Tests.Hostile.Files;

/// <summary>A workbook saved with "Encrypt with Password": the .xlsx package encrypted (ECMA-376 standard encryption,
/// AES-128, SHA-1 key derivation) inside an OLE compound file with its EncryptionInfo and EncryptedPackage streams.
/// A real encryption, not a look-alike: ExcelDataReader opens it when given the password.</summary>
public static class EncryptedWorkbook
{
    const int SpinCount = 50_000;

    public static string Write(string package, string path, string password)
    {
        // Seeded, not random: the same case is the same bytes on every run.
        var seeded = new Random(2020);
        var salt = new byte[16];
        var verifier = new byte[16];
        seeded.NextBytes(salt);
        seeded.NextBytes(verifier);
        var key = Key(password, salt);
        var verifierHash = new byte[32];
        SHA1.HashData(verifier).CopyTo(verifierHash, 0);

        var plain = File.ReadAllBytes(package);
        var padded = new byte[(plain.Length + 15) / 16 * 16];
        plain.CopyTo(padded, 0);
        var encryptedPackage = new byte[8 + padded.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(encryptedPackage, (ulong)plain.Length);
        Aes(key, padded).CopyTo(encryptedPackage, 8);

        var filesystem = new POIFSFileSystem();
        filesystem.CreateDocument(new MemoryStream(Info(salt, Aes(key, verifier), Aes(key, verifierHash))), "EncryptionInfo");
        filesystem.CreateDocument(new MemoryStream(encryptedPackage), "EncryptedPackage");
        using var file = File.Create(path);
        filesystem.WriteFileSystem(file);
        return path;
    }

    // 2.3.4.5-2.3.4.7 of [MS-OFFCRYPTO]: version 3.2, AES-128 with SHA-1, the verifier and its hash encrypted.
    static byte[] Info(byte[] salt, byte[] encryptedVerifier, byte[] encryptedVerifierHash)
    {
        var csp = Encoding.Unicode.GetBytes("Microsoft Enhanced RSA and AES Cryptographic Provider\0");
        using var info = new MemoryStream();
        using var w = new BinaryWriter(info);
        w.Write((ushort)3); w.Write((ushort)2); w.Write(0x24u);
        w.Write((uint)(32 + csp.Length));
        w.Write(0x24u); w.Write(0u); w.Write(0x660Eu); w.Write(0x8004u); w.Write(128u); w.Write(0x18u); w.Write(0u); w.Write(0u);
        w.Write(csp);
        w.Write(16u); w.Write(salt); w.Write(encryptedVerifier); w.Write(20u); w.Write(encryptedVerifierHash);
        return info.ToArray();
    }

    static byte[] Key(string password, byte[] salt)
    {
        var hash = SHA1.HashData([.. salt, .. Encoding.Unicode.GetBytes(password)]);
        var iterator = new byte[4];
        for (var i = 0; i < SpinCount; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(iterator, i);
            hash = SHA1.HashData([.. iterator, .. hash]);
        }
        var final = SHA1.HashData([.. hash, 0, 0, 0, 0]);
        byte[] Derive(byte pad)
        {
            var buffer = Enumerable.Repeat(pad, 64).ToArray();
            for (var i = 0; i < final.Length; i++) buffer[i] ^= final[i];
            return SHA1.HashData(buffer);
        }
        return Derive(0x36)[..16];
    }

    static byte[] Aes(byte[] key, byte[] data)
    {
        using var aes = System.Security.Cryptography.Aes.Create();
        aes.Key = key;
        return aes.EncryptEcb(data, PaddingMode.None);
    }
}
