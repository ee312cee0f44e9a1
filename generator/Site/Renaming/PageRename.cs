using Guidance.Engine;

namespace Guidance.Site.Renaming;

/// <summary>One file the rename changes: what it changed, in a few words, and where the file moves.</summary>
public sealed record RenamedFile(string Display, string? MovedTo, IReadOnlyList<string> Changes);

/// <summary>
/// <c>guidance rename &lt;old-id&gt; &lt;new-id&gt;</c>: gives a page a new id in every language. It renames the page's files
/// (for a study, its data file and its findings' folder), rewrites every reference to it (each front matter field whose
/// declaration refers to its kind, in pages and <c>_directory.yml</c>, and every xref), and adds the old URLs to the
/// page's <c>RedirectFrom</c> so published links keep working. Files are edited as text (<see cref="ContentText"/>).
/// </summary>
public sealed class PageRename
{
    private readonly SitePaths _paths;
    private readonly SiteSettings _settings;
    private readonly ContentTypes _types;

    public PageRename(SitePaths paths)
    {
        _paths = paths;
        _settings = SiteSettings.Load(paths.Config);
        _types = ContentTypes.Load(new FileSystem([paths.Theme, paths.Input], paths.Output), _settings.Languages);
    }

    /// <summary>A content file with the type it belongs to; <c>_directory.yml</c> files count as their folder's type.</summary>
    private sealed record Source(ContentText Text, ContentType Type, bool IsPage);

    /// <summary>Works out every change; writes them unless <paramref name="dryRun"/>. Lines for files that could not be read come back as warnings.</summary>
    /// <exception cref="UsageException">The old id is no page's, the new one is taken or no id, or a file would be overwritten.</exception>
    public (IReadOnlyList<RenamedFile> Files, IReadOnlyList<string> Warnings) Run(string oldId, string newId, bool dryRun)
    {
        if (!ContentSchema.IdPattern().IsMatch(newId))
            throw new UsageException(Say.RenameNotAnId(newId));
        var sources = ReadAll();
        var warnings = sources.Where(s => s.Text.Problem is not null).Select(s => Say.RenameUnreadable(s.Text.Problem!.Location.ToString(), s.Text.Problem!.Message, oldId)).ToList();
        var pages = sources.Where(s => s.IsPage && s.Text.Yaml is not null).ToList();
        var targets = pages.Where(s => s.Text.GetString("id") == oldId).ToList();
        if (targets.Count == 0) throw new UsageException(Say.RenameNoSuchId(oldId));
        if (pages.FirstOrDefault(s => s.Text.GetString("id") == newId) is { } taken) throw new UsageException(Say.RenameTaken(newId, taken.Text.Display));
        var kind = targets[0].Type.Kind;

        var moves = targets.Select(t => (Target: t, To: MovedName(t.Text.FullPath, oldId, newId))).Where(m => m.To is not null).ToList();
        var folder = kind == Kinds.Study ? FindingsFolderMove(oldId, newId) : null;
        foreach (var to in moves.Select(m => m.To!).Append(folder?.To).OfType<string>())
            if (File.Exists(to) || Directory.Exists(to)) throw new UsageException(Say.RenameWouldOverwrite(FileSystem.DisplayPathOf(to)));

        var changed = new List<RenamedFile>();
        foreach (var source in sources)
        {
            var text = source.Text;
            var changes = new List<string>();
            if (targets.Contains(source))
            {
                text.ReplaceScalar("id", oldId, newId);
                changes.Add("id");
                if (text.AddRedirects(OldPaths(source, oldId)) is { Count: > 0 } added) changes.Add($"{Redirects.Key} {string.Join(", ", added)}");
            }
            if (text.Yaml is not null)
                foreach (var field in source.Type.Fields.Where(f => f.RefersTo?.Contains(kind) == true))
                    if (text.ReplaceInValue(field.Key, oldId, newId) > 0) changes.Add(field.Key);
            var xrefs = text.ReplaceXrefs(oldId, newId, wholeFile: source.Type.Format != ContentFormat.Markdown);
            if (xrefs > 0) changes.Add(Say.Xrefs(xrefs));
            var moved = moves.FirstOrDefault(m => m.Target == source).To;
            if (changes.Count == 0 && moved is null) continue;
            changed.Add(new RenamedFile(text.Display, moved is null ? null : FileSystem.DisplayPathOf(moved), changes));
            if (!dryRun && text.Changed) text.Save();
        }
        if (folder is { } f) changed.Add(new RenamedFile(FileSystem.DisplayPathOf(f.From) + "/", FileSystem.DisplayPathOf(f.To) + "/", []));
        if (!dryRun)
        {
            foreach (var (target, to) in moves) File.Move(target.Text.FullPath, to!);
            if (folder is { } move) Directory.Move(move.From, move.To);
        }
        return (changed, warnings);
    }

    /// <summary>Every file the site reads pages and references from, in a stable order.</summary>
    private List<Source> ReadAll()
    {
        var sources = new List<Source>();
        foreach (var type in _types.All)
        {
            var path = Path.Combine(_paths.Input, type.Source);
            switch (type.Format)
            {
                case ContentFormat.Markdown when Directory.Exists(path):
                    foreach (var file in Files(path, "*.md", recursive: true)) sources.Add(new Source(new ContentText(file, isYamlFile: false), type, IsPage: true));
                    foreach (var file in Directory.EnumerateFiles(path, "_directory.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                        sources.Add(new Source(new ContentText(file, isYamlFile: true), type, IsPage: false));
                    break;
                case ContentFormat.Yaml when Directory.Exists(path):
                    foreach (var file in Files(path, "*.y*ml", recursive: false)) sources.Add(new Source(new ContentText(file, isYamlFile: true), type, IsPage: true));
                    break;
                case ContentFormat.SingleFile when File.Exists(path):
                    sources.Add(new Source(new ContentText(path, isYamlFile: true, readYaml: false), type, IsPage: false));
                    break;
            }
        }
        return sources;
    }

    /// <summary>The files of a folder that are pages: none whose name, or whose folder's name, starts with '_'.</summary>
    private static IEnumerable<string> Files(string folder, string pattern, bool recursive) =>
        Directory.EnumerateFiles(folder, pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('_')))
            .Order(StringComparer.Ordinal);

    /// <summary>The old URLs of a page, for each language whose URL was made from the id (not from a <c>slug</c>).</summary>
    private IReadOnlyList<string> OldPaths(Source page, string oldId)
    {
        string PathIn(string lang) => "/" + lang + "/" + (page.Type.Section.Length > 0 ? page.Type.Section + "/" : "") + oldId + "/";
        if (page.Type.Format == ContentFormat.Yaml)
        {
            var slugs = page.Text.Yaml!.Values.GetValueOrDefault("slug");
            return _settings.Languages.Where(l => slugs switch
            {
                string => false,
                IReadOnlyDictionary<string, object?> map => !map.ContainsKey(l),
                _ => true,
            }).Select(PathIn).ToList();
        }
        var parts = Path.GetFileName(page.Text.FullPath).Split('.');
        return page.Text.Has("slug") || parts.Length < 3 ? [] : [PathIn(parts[^2])];
    }

    /// <summary><c>old.en.md</c> → <c>new.en.md</c>, <c>old.yml</c> → <c>new.yml</c>; null when the file is named otherwise.</summary>
    private static string? MovedName(string file, string oldId, string newId)
    {
        var name = Path.GetFileName(file);
        return name.StartsWith(oldId + ".", StringComparison.Ordinal) ? Path.Combine(Path.GetDirectoryName(file)!, newId + name[oldId.Length..]) : null;
    }

    /// <summary>A study's findings live in a folder named after it (<c>findings/&lt;study&gt;/</c>), which moves with it.</summary>
    private (string From, string To)? FindingsFolderMove(string oldId, string newId)
    {
        var findings = Path.Combine(_paths.Input, ContentTypes.Finding.Source);
        var from = Path.Combine(findings, oldId);
        return Directory.Exists(from) ? (from, Path.Combine(findings, newId)) : null;
    }
}
