using Guidance.Engine;
using Guidance.Modules.Content;

namespace Guidance.Site.Pipelines;

/// <summary>
/// "What's new" in each language (<c>/&lt;lang&gt;/whats-new/</c>): the findings, recommendations and themes changed most
/// recently, newest first, by the date of their source files (<see cref="LastUpdated"/>). The Atom feed of the
/// same language (<see cref="FeedPipeline"/>) lists the same changes.
/// </summary>
public static class WhatsNewPipeline
{
    public const string Name = Kinds.WhatsNew;
    public const string Section = "whats-new";
    public const int Count = 20;

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        // In the process phase, so that the site model knows the pages as translations of each other.
        pipeline.ProcessModules.Add(new AddDocuments(_ => Pages(site)));
        ContentPipeline.AddRendering(site, pipeline, (whatsNew, model, page) =>
        {
            var lang = whatsNew.Lang();
            page["changes"] = Changes(site, model, lang).Select(c => new
            {
                Title = c.Page.Title(), Url = c.Page.PageUrl(), Summary = c.Page.Summary(),
                KindName = site.Strings.Get(lang, site.Types.Of(c.Page.Kind())!.NameKey),
                Updated = LastUpdated.Show(site, c.Updated, lang),
            }).ToList();
            page["feed_url"] = SitePath.ToUrl(site.Settings, FeedPipeline.PathOf(lang));
        });
        return pipeline;
    }

    private static IEnumerable<Document> Pages(GuidanceSite site) =>
        site.Settings.Languages.Select(lang => site.Identify(new Document { Source = "(what's new)" }.With([new("id", Name), new(SiteKeys.Title, site.Strings.Get(lang, "whats_new.title"))]),
            Name, lang, Section, ""));

    /// <summary>The most recently changed findings, recommendations and themes of a language, newest first, then by title.</summary>
    public static IReadOnlyList<Change> Changes(GuidanceSite site, SiteModel model, string lang) =>
        site.Types.All.Where(t => t.InWhatsNew).SelectMany(type => model.OfKind(type.Kind, lang))
            .Select(page => LastUpdated.Of(site, page) is { } date ? new Change(page, date) : null)
            .OfType<Change>()
            .OrderByDescending(c => c.Updated).ThenBy(c => c.Page.Title(), model.TitleOrder(lang))
            .Take(Count)
            .ToList();
}
