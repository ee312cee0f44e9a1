using System.Security.Cryptography;

namespace Guidance.Tests.Support;

/// <summary>Every file below a folder by relative path, with a hash of its bytes: equal snapshots, byte-for-byte equal folders.</summary>
public static class FolderSnapshot
{
    public static Dictionary<string, string> Of(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
