using Guidance.Engine;

namespace Guidance.Site.Renaming;

/// <summary>Every message of <c>guidance rename</c>, in one place so that they can be translated together.</summary>
public static class RenameMessages
{
    public static string NotAnId(string id) =>
        $"'{id}' cannot be an id: use lower-case letters, digits and hyphens (write æ, ø, å as ae, oe, aa)";

    public static string NoSuchId(string id) => $"no page has the id '{id}'; nothing was renamed";

    public static string Taken(string id, string file) => $"the id '{id}' is already used by {file}; choose another id; nothing was renamed";

    public static string WouldOverwrite(string file) => $"{file} already exists and would be overwritten; nothing was renamed";

    public static string Unreadable(ContentError problem, string id) =>
        $"{problem.Location}: warning: its front matter cannot be read ({problem.Message}), so references to '{id}' in it were not changed";

    public static string Xrefs(int count) => count == 1 ? "1 xref" : $"{count} xrefs";

    /// <summary>One line per file: <c>input/a.en.md → input/b.en.md: id, RedirectFrom /en/findings/a/</c>.</summary>
    public static string Line(RenamedFile file) =>
        file.Display + (file.MovedTo is null ? "" : " → " + file.MovedTo) + (file.Changes.Count == 0 ? "" : ": " + string.Join("; ", file.Changes));

    public static string Done(string oldId, string newId, int files) => $"guidance: renamed '{oldId}' to '{newId}' in {files} file(s); run 'guidance check' to see the site builds";

    public static string DryRun(string oldId, string newId, int files) =>
        $"guidance: --dry-run: renaming '{oldId}' to '{newId}' would change {files} file(s) as above; nothing was changed";
}
