using System.Xml.Linq;
using Guidance.Engine;
using Guidance.Modules.Content;
using Guidance.Modules.IO;

namespace Guidance.Site.Pipelines;

/// <summary>The changelog of each language as an Atom feed (<c>/&lt;lang&gt;/changelog/feed.xml</c>): its newest entries, with absolute URLs.</summary>
public static class ChangelogFeedPipeline
{
    public const string Name = "changelog-feeds";
    public const int Count = 50;

    public static string PathOf(string lang) => $"/{lang}/{ChangelogPipeline.Section}/feed.xml";

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        pipeline.ProcessModules.Add(new AddDocuments(_ => site.Settings.Languages.Select(lang =>
            new Document { Source = "(changelog feed)", Destination = SitePath.ToDestination(PathOf(lang)) }.With(SiteKeys.Lang, lang))));
        pipeline.PostProcessModules.Add(new SetContent((feed, context) => Write(site, ModelPipeline.ModelOf(context), feed.Lang())));
        pipeline.OutputModules.Add(new WriteFiles());
        return pipeline;
    }

    private static string Write(GuidanceSite site, SiteModel model, string lang)
    {
        var atom = FeedPipeline.Atom;
        var entries = Changelog.Of(site, model, lang).Take(Count).ToList();
        var title = site.Settings.TitleIn(lang);
        var self = site.Settings.AbsoluteUrl(SitePath.ToUrl(site.Settings, PathOf(lang)));
        var feed = new XElement(atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", lang),
            new XElement(atom + "title", $"{title}: {site.Strings.Get(lang, "changelog.title")}"),
            new XElement(atom + "subtitle", site.Strings.Get(lang, "changelog.intro")),
            new XElement(atom + "id", self),
            new XElement(atom + "updated", FeedPipeline.Timestamp(entries.Count > 0 ? entries.Max(e => e.Date) : DateTimeOffset.UnixEpoch)),
            FeedPipeline.Link("self", "application/atom+xml", self),
            FeedPipeline.Link("alternate", "text/html", site.Settings.AbsoluteUrl(site.UrlFor(lang, ChangelogPipeline.Section, ""))),
            new XElement(atom + "author", new XElement(atom + "name", title)),
            entries.Select(entry =>
            {
                var url = site.Settings.AbsoluteUrl(entry.Page.PageUrl());
                var tag = ChangelogPipeline.TagText(site, lang, entry);
                return new XElement(atom + "entry",
                    new XElement(atom + "title", $"{tag}: {entry.Page.Title()}"),
                    // One page changes many times: each change is an entry of its own.
                    new XElement(atom + "id", $"{url}#{entry.Tag}-{entry.Date:yyyy-MM-dd}"),
                    FeedPipeline.Link("alternate", "text/html", url),
                    new XElement(atom + "updated", FeedPipeline.Timestamp(entry.Date)),
                    new XElement(atom + "category", new XAttribute("term", entry.Tag), new XAttribute("label", tag)),
                    entry.Page.Summary() is { } summary ? new XElement(atom + "summary", summary) : null);
            }));
        return FeedPipeline.Serialize(new XDocument(feed));
    }
}
