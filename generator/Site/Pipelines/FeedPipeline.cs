using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Guidance.Engine;
using Guidance.Modules.Content;
using Guidance.Modules.IO;

namespace Guidance.Site.Pipelines;

/// <summary>
/// An Atom 1.0 feed per language (<c>/&lt;lang&gt;/feed.xml</c>) of what's new, with absolute URLs from <c>BaseUrl</c>.
/// Every page links to its language's feed from its head.
/// </summary>
public static class FeedPipeline
{
    public const string Name = "feeds";
    internal static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string PathOf(string lang) => $"/{lang}/feed.xml";

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        // The files are known in the process phase (links to them are checked there); their content needs the model.
        pipeline.ProcessModules.Add(new AddDocuments(_ => site.Settings.Languages.Select(lang =>
            new Document { Source = "(feed)", Destination = SitePath.ToDestination(PathOf(lang)) }.With(SiteKeys.Lang, lang))));
        pipeline.PostProcessModules.Add(new SetContent((feed, context) => Write(site, ModelPipeline.ModelOf(context), feed.Lang())));
        pipeline.OutputModules.Add(new WriteFiles());
        return pipeline;
    }

    /// <summary>The Atom document of a language: built as XML, so every value is escaped as XML requires.</summary>
    private static string Write(GuidanceSite site, SiteModel model, string lang)
    {
        var changes = WhatsNewPipeline.Changes(site, model, lang);
        string Absolute(string url) => new Uri(new Uri(site.Settings.BaseUrl), url).AbsoluteUri;
        var title = site.Settings.TitleIn(lang);
        var self = Absolute(SitePath.ToUrl(site.Settings, PathOf(lang)));
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", lang),
            new XElement(Atom + "title", $"{title}: {site.Strings.Get(lang, "whats_new.title")}"),
            new XElement(Atom + "subtitle", site.Strings.Get(lang, "whats_new.intro")),
            new XElement(Atom + "id", self),
            new XElement(Atom + "updated", Timestamp(changes.Count > 0 ? changes.Max(c => c.Updated) : DateTimeOffset.UnixEpoch)),
            Link("self", "application/atom+xml", self),
            Link("alternate", "text/html", Absolute(site.UrlFor(lang, WhatsNewPipeline.Section, ""))),
            new XElement(Atom + "author", new XElement(Atom + "name", title)),
            changes.Select(change => new XElement(Atom + "entry",
                new XElement(Atom + "title", change.Page.Title()),
                new XElement(Atom + "id", Absolute(change.Page.PageUrl())),
                Link("alternate", "text/html", Absolute(change.Page.PageUrl())),
                new XElement(Atom + "updated", Timestamp(change.Updated)),
                new XElement(Atom + "category", new XAttribute("term", change.Page.Kind()),
                    new XAttribute("label", site.Strings.Get(lang, "kind." + change.Page.Kind()))),
                change.Page.Summary() is { } summary ? new XElement(Atom + "summary", summary) : null)));
        return Serialize(new XDocument(feed));
    }

    internal static XElement Link(string rel, string type, string href) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("type", type), new XAttribute("href", href));

    /// <summary>RFC 3339, as Atom requires: 2025-03-05T10:00:00+01:00.</summary>
    internal static string Timestamp(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    internal static string Serialize(XDocument document)
    {
        var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            document.Save(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
