using System.Runtime.InteropServices;

namespace Guidance.Engine;

public sealed partial class FileSystem
{
    private const int TypeMask = 0xF000, RegularFile = 0x8000, Folder = 0x4000, SymbolicLink = 0xA000,
        NamedPipe = 0x1000, CharacterDevice = 0x2000, BlockDevice = 0x6000, Socket = 0xC000;

    /// <summary>
    /// What the system records of a path, asked with one system call and without opening it, or null where it names
    /// nothing (or on Windows, where the runtime's status record is not used). <paramref name="followLinks"/> false
    /// describes a link itself.
    /// </summary>
    public static FileStatus? StatusOf(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows()) return null;
        Span<byte> status = stackalloc byte[StatusSize];
        if ((followLinks ? Stat(path, ref MemoryMarshal.GetReference(status)) : LStat(path, ref MemoryMarshal.GetReference(status))) != 0) return null;
        return FileStatus.From(status);
    }

    /// <summary>
    /// A file's status as the system keeps it: its type and permissions, size, modification and status-change times
    /// (to the nanosecond), device and inode. The status-change time is set by the system itself on every write,
    /// rename, link or change of permissions, and no program can set it back (short of changing the clock), so an
    /// edit that keeps a file's size and sets its modification time back still changes its <see cref="Stamp"/>. The
    /// access time is left out: reading a file changes it.
    /// </summary>
    /// <param name="Stamp">Those values as one hex text, to compare with an earlier one.</param>
    public readonly record struct FileStatus(int Mode, string Stamp)
    {
        public bool IsRegularFile => (Mode & TypeMask) == RegularFile;
        public bool IsFolder => (Mode & TypeMask) == Folder;
        public bool IsLink => (Mode & TypeMask) == SymbolicLink;

        // The runtime's own portable record (System.Native's FileStatus, as of .NET 8): Flags, Mode, Uid, Gid (4 bytes
        // each), then 8 bytes each: Size, ATime, ATimeNsec, MTime, MTimeNsec, CTime, CTimeNsec, BirthTime,
        // BirthTimeNsec, Dev, RDev, Ino. NoChangeRebuildTests fail if this moves (a same-size edit goes unnoticed, or
        // the access time makes every build a full one).
        internal static FileStatus From(ReadOnlySpan<byte> status)
        {
            Span<byte> kept = stackalloc byte[4 + 8 + 32 + 8 + 8];
            status[4..8].CopyTo(kept);            // mode
            status[16..24].CopyTo(kept[4..]);     // size
            status[40..72].CopyTo(kept[12..]);    // modification and status-change times, seconds and nanoseconds
            status[88..96].CopyTo(kept[44..]);    // device
            status[104..112].CopyTo(kept[52..]);  // inode
            return new FileStatus(MemoryMarshal.Read<int>(status[4..]), Convert.ToHexString(kept));
        }
    }

    /// <summary>
    /// When the system last changed a path itself (not what a link points to), in nanoseconds since 1970, with one system
    /// call; null where it names nothing, or on Windows. See <see cref="FileStatus"/> for why this time cannot be set back.
    /// </summary>
    public static long? ChangeTimeOf(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        Span<byte> status = stackalloc byte[StatusSize];
        if (LStat(path, ref MemoryMarshal.GetReference(status)) != 0) return null;
        return MemoryMarshal.Read<long>(status[56..]) * 1_000_000_000 + MemoryMarshal.Read<long>(status[64..]); // CTime, CTimeNsec
    }

    private const int StatusSize = 256;

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")] // strings go as UTF-8 on Unix
    private static extern int Stat(string path, ref byte status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static extern int LStat(string path, ref byte status);
}
