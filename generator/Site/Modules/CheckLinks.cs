using System.Net;
using System.Text.RegularExpressions;
using Guidance.Engine;
using Guidance.Modules.Markdown;
using Guidance.Site.Pipelines;

namespace Guidance.Site.Modules;

/// <summary>
/// Checks the plain links and images of every Markdown page (<c>[x](/da/themes/tillid/)</c>, <c>[x](../other/#anchor)</c>,
/// <c>![x](images/y.png)</c>) against the files the build makes, in the process phase, so that a broken link is reported
/// with every other content problem. An anchor the target's content defines (a heading, a glossary term) is confirmed
/// here; any other is confirmed against the ids of the rendered target page once the build has rendered it
/// (<see cref="InRenderedPages"/>). <c>Validation.Links</c> sets the level: error, warning or off.
/// </summary>
public sealed partial class CheckLinks(GuidanceSite site) : IModule
{
    public const string PendingAnchorsKey = "PendingAnchors";
    public const string RenderedIdsKey = "RenderedIds";

    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif"];
    private static readonly string AssetsPath = "/" + AssetsPipeline.Folder + "/";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var documents = context.Pipeline.Dependencies.Order(StringComparer.Ordinal).SelectMany(context.OutputsOf).ToList();
        var files = new PublishedFiles(documents, context);
        var level = site.Settings.Links;
        if (level == ValidationLevel.Off) return inputs;
        var severity = level == ValidationLevel.Warning ? Severity.Warning : Severity.Error;
        // Only a broken link needs these, to suggest what was meant; listing every URL of a large site slowed every serve rebuild.
        var pageUrls = new Lazy<IReadOnlyList<string>>(() =>
            files.Paths.Where(p => !p.StartsWith(AssetsPath, StringComparison.Ordinal)).Select(p => SitePath.ToUrl(site.Settings, p)).ToList());
        var images = new Lazy<IReadOnlyList<string>>(() =>
            files.Paths.Where(p => p.StartsWith(AssetsPath, StringComparison.Ordinal) && ImageExtensions.Any(e => p.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                .Select(p => p[AssetsPath.Length..]).ToList());

        var model = ModelPipeline.ModelOf(context);
        var pending = new List<PendingAnchor>();
        foreach (var page in documents)
        {
            if (page[ParseMarkdown.LinksKey] is not IReadOnlyList<MarkdownLink> links) continue;
            foreach (var link in links)
            {
                var problem = link.IsImage ? CheckImage(page, link.Url, files, images) : CheckLink(page, link, files, model, pageUrls, pending);
                if (problem is not null) context.Report(link.Location, problem, severity);
            }
        }
        return [new Document().With(PendingAnchorsKey, pending)];
    }

    /// <summary>The anchors only a rendered page could confirm, checked against the ids in the pages the build rendered.</summary>
    public static IReadOnlyList<ContentError> InRenderedPages(EngineResult result, SiteSettings settings)
    {
        if (settings.Links == ValidationLevel.Off) return [];
        var severity = settings.Links == ValidationLevel.Warning ? Severity.Warning : Severity.Error;
        var pending = result.Outputs.GetValueOrDefault(LinkCheckPipeline.Name)?.SelectMany(d => d.Get<List<PendingAnchor>>(PendingAnchorsKey) ?? []).ToList() ?? [];
        if (pending.Count == 0) return [];
        var pages = result.Outputs.Values.SelectMany(d => d).Where(d => d.Destination is not null).GroupBy(d => d.Destination!)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // Each target's ids are read and put in a set once: a page may hold thousands of anchors, each linked.
        var idsOf = new Dictionary<string, (IReadOnlyList<string> Sorted, HashSet<string> Set)>(StringComparer.Ordinal);
        var errors = new List<ContentError>();
        foreach (var link in pending)
        {
            if (!idsOf.TryGetValue(link.TargetDestination, out var ids))
            {
                var page = pages.GetValueOrDefault(link.TargetDestination);
                var sorted = page?.Get<IReadOnlyList<string>>(RenderedIdsKey) ?? IdsIn(page?.Content ?? "");
                idsOf[link.TargetDestination] = ids = (sorted, sorted.ToHashSet(StringComparer.Ordinal));
            }
            if (!ids.Set.Contains(link.Anchor))
                errors.Add(new ContentError(link.Location, Say.LinkNoSuchAnchor(link.Written, link.Anchor, Suggestions.Hint(link.Anchor, ids.Sorted)), severity));
        }
        return errors.OrderBy(e => e.Location.File, StringComparer.Ordinal).ThenBy(e => e.Location.Line).ThenBy(e => e.Location.Column).ToList();
    }

    /// <summary>The pages that some link's anchor waits for: their ids are kept when they are rendered (<see cref="RenderedIdsKey"/>).</summary>
    public static IReadOnlySet<string> PendingTargets(BuildContext context) =>
        context.OutputsOf(LinkCheckPipeline.Name).SelectMany(d => d.Get<List<PendingAnchor>>(PendingAnchorsKey) ?? [])
            .Select(p => p.TargetDestination).ToHashSet(StringComparer.Ordinal);

    /// <summary>The ids of a rendered page, decoded and sorted, as a pending anchor is checked against them.</summary>
    public static IReadOnlyList<string> IdsIn(string html) =>
        IdAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex("\\sid=\"([^\"]*)\"")]
    private static partial Regex IdAttribute();

    private string? CheckLink(Document page, MarkdownLink link, PublishedFiles files, SiteModel model, Lazy<IReadOnlyList<string>> pageUrls, List<PendingAnchor> pending)
    {
        var url = link.Url;
        if (url.Length == 0) return Say.LinkHasNoTarget;
        if (Resolve(page, url) is not { } resolved) return null;
        var (path, anchor) = resolved;
        var shown = path + (anchor.Length > 0 ? "#" + anchor : "");
        var written = shown == url ? $"'{url}'" : $"'{url}' ({shown})";
        if (!path.StartsWith(site.Settings.BasePath, StringComparison.Ordinal))
            return Say.LinkLeavesSite(written, site.Settings.BasePath);
        if (files.Find("/" + path[site.Settings.BasePath.Length..]) is not { } target)
            return Say.LinkNoSuchPage(written, Suggestions.Hint(path, pageUrls.Value));
        if (anchor.Length > 0 && !model.HasAnchor(target, anchor))
            pending.Add(new PendingAnchor(link.Location, written, target.Destination!, anchor));
        return null;
    }

    /// <summary>A relative image path names a file below <c>assets/</c> of the input or the theme.</summary>
    private string? CheckImage(Document page, string url, PublishedFiles files, Lazy<IReadOnlyList<string>> images)
    {
        if (url.Length == 0) return Say.ImageHasNoFile;
        if (ParseMarkdown.IsRelativePath(url))
        {
            var path = Uri.UnescapeDataString(new Uri(new Uri("http://site" + AssetsPath), url).AbsolutePath);
            return files.Find(path) is null
                ? Say.ImageNotFoundPutAt(url, AssetsPipeline.Folder, Suggestions.Hint(url, images.Value))
                : null;
        }
        if (Resolve(page, url) is not { } resolved) return null;
        var absolute = resolved.Path;
        var inSite = absolute.StartsWith(site.Settings.BasePath, StringComparison.Ordinal);
        return inSite && files.Find("/" + absolute[site.Settings.BasePath.Length..]) is not null ? null
            : Say.ImageNotFound(url, Suggestions.Hint(url, images.Value.Select(i => site.Settings.BasePath + AssetsPipeline.Folder + "/" + i).ToList()));
    }

    /// <summary>The URL path (with the base path) and anchor a link leads to from a page, or null for another site.</summary>
    private (string Path, string Anchor)? Resolve(Document page, string url)
    {
        var from = new Uri(new Uri(site.Settings.BaseUrl), page.PageUrl());
        if (!Uri.TryCreate(from, url, out var resolved) || resolved.Scheme is not ("http" or "https")
            || !string.Equals(resolved.Authority, from.Authority, StringComparison.OrdinalIgnoreCase))
            return null;
        return (Uri.UnescapeDataString(resolved.AbsolutePath), Uri.UnescapeDataString(resolved.Fragment.TrimStart('#')));
    }
}
