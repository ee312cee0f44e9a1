using Guidance.Engine;
using Guidance.Modules.Content;

namespace Guidance.Site.Pipelines;

/// <summary>
/// The home page of each language (<c>/&lt;lang&gt;/</c>: themes, recommendations, studies) and the root page
/// (<c>/</c>), which offers every language and sends a reader to the one their browser asks for.
/// </summary>
public static class HomePipeline
{
    public const string Name = Kinds.Home;

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        // In the process phase, so that the site model knows the home pages as translations of each other.
        pipeline.ProcessModules.Add(new AddDocuments(_ => [.. HomePages(site), RootPage(site)]));
        ContentPipeline.AddRendering(site, pipeline, (home, model, page) =>
        {
            var lang = home.Lang();
            page["themes"] = model.OfKind(Kinds.Theme, lang).Select(t => new { Title = t.Title(), Url = t.PageUrl(), Summary = t.Summary(), Findings = model.FindingsOfTheme(t.PageId(), lang).Count }).ToList();
            page["guidance"] = model.OfKind(Kinds.Recommendation, lang).Select(Link.To).ToList();
            page["studies"] = model.OfKind(Kinds.Study, lang).Select(Link.To).ToList();
            page["pages"] = model.OfKind(Kinds.Page, lang).Select(Link.To).ToList();
            page["courses"] = model.OfKind(Kinds.Course, lang).Select(Link.To).ToList();
            page["finding_count"] = model.OfKind(Kinds.Finding, lang).Count();
        });
        return pipeline;
    }

    private static IEnumerable<Document> HomePages(GuidanceSite site) =>
        site.Settings.Languages.Select(lang => site.Identify(new Document { Source = "(home page)" }.With([new("id", Kinds.Home), new(SiteKeys.Title, site.Settings.TitleIn(lang))]),
            Kinds.Home, lang, "", ""));

    private static Document RootPage(GuidanceSite site)
    {
        var lang = site.Settings.DefaultLanguage;
        return new Document { Source = "(root page)", Destination = "index.html" }.With([
            new("id", Kinds.Root), new(SiteKeys.Kind, Kinds.Root), new(SiteKeys.Lang, lang), new(SiteKeys.Title, site.Settings.TitleIn(lang)),
            new(SiteKeys.Url, site.Settings.BasePath), new(SiteKeys.Standalone, true),
        ]);
    }
}
