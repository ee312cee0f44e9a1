using Guidance.Engine;
using Guidance.Modules.Content;

namespace Guidance.Site.Pipelines;

/// <summary>
/// The changelog of each language (<c>/&lt;lang&gt;/changelog/</c>): every substantive change of a finding,
/// recommendation or theme, newest first, tagged "new 2026", "amended 2026" or "reviewed 2026" (<see cref="Changelog"/>).
/// Its Atom feed is <see cref="ChangelogFeedPipeline"/>.
/// </summary>
public static class ChangelogPipeline
{
    public const string Name = Kinds.Changelog;
    public const string Section = "changelog";

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        // In the process phase, so that the site model knows the pages as translations of each other.
        pipeline.ProcessModules.Add(new AddDocuments(_ => site.Settings.Languages.Select(lang => site.Identify(
            new Document { Source = "(changelog)" }.With([new("id", Name), new(SiteKeys.Title, site.Strings.Get(lang, "changelog.title"))]),
            Name, lang, Section, ""))));
        ContentPipeline.AddRendering(site, pipeline, (changelog, model, page) =>
        {
            var lang = changelog.Lang();
            // Thousands of entries share a few tags and years, kinds and days: each text is made once.
            var tagTexts = new Dictionary<(string, int), string>();
            var kindNames = new Dictionary<string, string>(StringComparer.Ordinal);
            var dates = new Dictionary<(DateTime, TimeSpan), ShownDate>(); // by its offset too: equal instants may fall on different days
            page["changes"] = Changelog.Of(site, model, lang).Select(e => new
            {
                Title = e.Page.Title(), Url = e.Page.PageUrl(), e.Tag,
                TagText = tagTexts.TryGetValue((e.Tag, e.Date.Year), out var tag) ? tag : tagTexts[(e.Tag, e.Date.Year)] = TagText(site, lang, e),
                KindName = kindNames.TryGetValue(e.Page.Kind(), out var kind) ? kind : kindNames[e.Page.Kind()] = site.Strings.Get(lang, site.Types.Of(e.Page.Kind())!.NameKey),
                Date = dates.TryGetValue((e.Date.DateTime, e.Date.Offset), out var date) ? date : dates[(e.Date.DateTime, e.Date.Offset)] = LastUpdated.Show(site, e.Date, lang),
            }).ToList();
            page["feed_url"] = SitePath.ToUrl(site.Settings, ChangelogFeedPipeline.PathOf(lang));
        });
        return pipeline;
    }

    /// <summary>"ny 2026", "amended 2026".</summary>
    public static string TagText(GuidanceSite site, string lang, ChangelogEntry entry) =>
        site.Strings.Format(lang, "changelog." + entry.Tag, ("year", entry.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
