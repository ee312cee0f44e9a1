namespace Guidance.Site.Renaming;

/// <summary>How <c>guidance rename</c> lists a changed file; its messages are in the table (<c>Say.Rename…</c>).</summary>
public static class RenameMessages
{
    /// <summary>One line per file: <c>input/a.en.md → input/b.en.md: id, RedirectFrom /en/findings/a/</c>.</summary>
    public static string Line(RenamedFile file) =>
        file.Display + (file.MovedTo is null ? "" : " → " + file.MovedTo) + (file.Changes.Count == 0 ? "" : ": " + string.Join("; ", file.Changes));
}
