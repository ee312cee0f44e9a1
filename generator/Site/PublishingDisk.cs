namespace Guidance.Site;

/// <summary>The steps of publishing a finished build where a full disk can stop it (<see cref="PublishingDisk.FillUpAt"/>).</summary>
public enum PublishingStep
{
    /// <summary>Writing the new <c>published-urls.txt</c> into its temporary file.</summary>
    LedgerWrite,

    /// <summary>Moving the staged output into the output's place.</summary>
    Swap,
}

/// <summary>
/// The disk as publishing sees it, with a seam where a test makes it fill up at one step: a real full disk cannot be
/// made on demand without privileges, and every step must leave the published site and its ledger as they were.
/// The fault holds only in the flow of execution that asked for it, so tests running at the same time are unaffected.
/// </summary>
public static class PublishingDisk
{
    /// <summary>The message and error number .NET gives for ENOSPC on Linux.</summary>
    private const string NoSpace = "No space left on device";
    private const int NoSpaceErrno = 28;

    private static readonly AsyncLocal<PublishingStep?> Full = new();

    /// <summary>Until the result is disposed, <paramref name="step"/> fails in this flow as on a full disk.</summary>
    public static IDisposable FillUpAt(PublishingStep step)
    {
        Full.Value = step;
        return new Freed();
    }

    private sealed class Freed : IDisposable
    {
        public void Dispose() => Full.Value = null;
    }

    /// <summary>Whether a test has filled the disk at this step.</summary>
    internal static bool IsFullAt(PublishingStep step) => Full.Value == step;

    /// <summary>Throws what a full disk throws, when a test has filled it at this step.</summary>
    internal static void Check(PublishingStep step, string path)
    {
        if (IsFullAt(step)) throw new IOException($"{NoSpace} : '{path}'", NoSpaceErrno);
    }

    /// <summary>Whether an exception is a full disk's (or a full quota's), to say so in plain words.</summary>
    public static bool IsDiskFull(IOException e) => e.HResult is NoSpaceErrno or 122 /* EDQUOT */ || e.Message.Contains(NoSpace, StringComparison.Ordinal);

    /// <summary>Writes a new file in two halves, so that a full disk can stop it half-written, as a real one does.</summary>
    internal static void WriteAllText(string path, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        stream.Write(bytes, 0, bytes.Length / 2);
        stream.Flush();
        Check(PublishingStep.LedgerWrite, path);
        stream.Write(bytes, bytes.Length / 2, bytes.Length - bytes.Length / 2);
        stream.Flush(flushToDisk: true); // on disk before it is renamed over the old list
    }
}
