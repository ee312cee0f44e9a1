using Guidance.Modules.Search;

namespace Guidance.Site;

/// <summary>Where a build reads and writes.</summary>
public sealed record SitePaths(string Input, string Theme, string Output, string Config)
{
    /// <summary>The repository's own folders, found from the current directory upwards.</summary>
    public static SitePaths Default()
    {
        var root = new DirectoryInfo(Environment.CurrentDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "statiq.json"))) root = root.Parent;
        var baseDir = root?.FullName ?? Environment.CurrentDirectory;
        return new SitePaths(Path.Combine(baseDir, "input"), Path.Combine(baseDir, "theme"), Path.Combine(baseDir, "output"), Path.Combine(baseDir, "statiq.json"));
    }

    /// <summary>The search index step: Pagefind, pinned in the theme's package.json.</summary>
    public Pagefind SearchIndex() => new(Theme);
}
