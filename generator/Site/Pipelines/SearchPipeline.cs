using Guidance.Engine;
using Guidance.Modules.Content;

namespace Guidance.Site.Pipelines;

/// <summary>
/// The search page of each language (<c>/&lt;lang&gt;/search/</c>), which the search box in every page's header
/// submits to. The page asks Pagefind's index for that language from the browser (<c>assets/search.js</c>) and
/// offers a filter for each of <see cref="SearchData.FilterNames"/> with the values the indexed pages have.
/// </summary>
public static class SearchPipeline
{
    public const string Name = Kinds.Search;
    public const string Section = "search";

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        // In the process phase, so that the site model knows the search pages as translations of each other.
        pipeline.ProcessModules.Add(new AddDocuments(_ => site.Settings.Languages.Select(lang => site.Identify(new Document { Source = "(search page)" }.With([new("id", Kinds.Search), new(SiteKeys.Title, site.Strings.Get(lang, "search.title"))]),
            Kinds.Search, lang, Section, ""))));
        ContentPipeline.AddRendering(site, pipeline, (search, model, page) =>
        {
            var lang = search.Lang();
            page["filters"] = SearchData.FiltersOf(model, site, lang);
        });
        return pipeline;
    }
}
