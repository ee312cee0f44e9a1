using System.Collections.Concurrent;
using Guidance.Engine;
using Guidance.Modules.Markdown;
using Guidance.Site.Pipelines;
using Scriban.Runtime;

namespace Guidance.Site.Modules;

/// <summary>
/// Renders a page with its layout (<see cref="LayoutOf"/>) and wraps it in <c>layouts/base.html</c>. Templates see a small, explicit model: <c>site</c>, <c>lang</c>,
/// <c>page</c>, the function <c>t "key"</c> for UI strings and <c>cards | finding_cards</c> for a list of findings' cards
/// (<see cref="FindingCards"/>); they never reach into the engine.
/// </summary>
public sealed class RenderPage(GuidanceSite site, Action<Document, SiteModel, ScriptObject> describe) : DocumentModule
{
    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        var model = ModelPipeline.ModelOf(context);
        var lang = input.Lang();
        var page = Describe(input, model);
        describe(input, model, page);

        var globals = new ScriptObject
        {
            ["site"] = new ScriptObject
            {
                ["title"] = site.Settings.TitleIn(lang),
                ["base_path"] = site.Settings.BasePath,
                ["base_url"] = site.Settings.BaseUrl,
                ["origin"] = new Uri(site.Settings.BaseUrl).GetLeftPart(UriPartial.Authority),
                ["languages"] = site.Settings.Languages.Select(l => new Translation(l, site.Strings.Get(l, "language.name"), site.UrlFor(l, "", ""), l == lang)).ToList(),
                ["pages"] = model.OfKind(Kinds.Page, lang).Select(Link.To).ToList(),
                ["study_count"] = model.OfKind(Kinds.Study, lang).Count(),
                ["nav"] = NavIn(lang, model),
            },
            ["lang"] = lang,
            ["page"] = page,
        };
        globals.SetValue("t", TranslateIn(lang), readOnly: true);
        globals.SetValue("finding_cards", site.Cards.HtmlFor(globals, lang), readOnly: true);
        var layout = LayoutOf(input);
        var html = input.Get<bool>(SiteKeys.Standalone)
            ? site.Templates.Render(layout, globals, input.LocationOf("layout"))
            : site.Templates.RenderWrapped(layout, "base.html", "content", globals, input.LocationOf("layout"));
        yield return input with { Content = html };
    }

    private readonly ConcurrentDictionary<string, string> _layouts = new(StringComparer.Ordinal);

    /// <summary>
    /// Hugo's lookup: the page's <c>layout</c>, else <c>&lt;kind&gt;.html</c>, else the default for a list page
    /// (<c>list.html</c>) or any other page (<c>single.html</c>), so a new content type renders before it has a layout.
    /// </summary>
    private string LayoutOf(Document page)
    {
        if (page.GetString("layout") is { } chosen) return chosen + ".html";
        return _layouts.GetOrAdd(page.Kind(), kind =>
            site.Templates.Exists(kind + ".html") ? kind + ".html"
            : site.Types.Of(kind) is { } type && type.IndexKind == kind ? "list.html" : "single.html");
    }

    private readonly ConcurrentDictionary<string, (SiteModel Model, IReadOnlyList<NavEntry> Entries)> _nav = new(StringComparer.Ordinal);

    /// <summary>
    /// The main menu of a language: the list page of each content type declared <see cref="ContentType.InNav"/> that the
    /// site has (the list of courses exists only when there are courses). Made once per model: an edit in
    /// <c>guidance serve</c> may add the first course.
    /// </summary>
    private IReadOnlyList<NavEntry> NavIn(string lang, SiteModel model)
    {
        if (_nav.TryGetValue(lang, out var made) && ReferenceEquals(made.Model, model)) return made.Entries;
        var entries = site.Types.All.Where(t => t.InNav && model.Find(t.IndexKind, lang) is not null)
            .Select(t => new NavEntry(site.Strings.Get(lang, t.IndexTitleKey!), site.UrlFor(lang, t.Section, ""), t.Kind, t.IndexKind)).ToList();
        _nav[lang] = (model, entries);
        return entries;
    }

    private readonly ConcurrentDictionary<string, Translate> _translate = new(StringComparer.Ordinal);

    /// <summary>The template function <c>t</c> for a language, made once: it is called dozens of times on every page.</summary>
    private Translate TranslateIn(string lang) => _translate.GetOrAdd(lang, l => new Translate(site.Strings, l));

    private ScriptObject Describe(Document input, SiteModel model)
    {
        var lang = input.Lang();
        var headings = input.Get<IReadOnlyList<Heading>>(ParseMarkdown.HeadingsKey) ?? [];
        var translations = site.Settings.Languages
            .Select(l => model.Find(input.PageId(), l) is { } version
                ? new Translation(l, site.Strings.Get(l, "language.name"), version.PageUrl(), l == lang)
                : null)
            .OfType<Translation>().ToList();
        return new ScriptObject
        {
            ["kind"] = input.Kind(),
            ["id"] = input.PageId(),
            ["title"] = input.Title(),
            ["summary"] = input.Summary(),
            ["url"] = input.PageUrl(),
            ["body"] = input.Content,
            ["translations"] = translations,
            ["default_url"] = translations.FirstOrDefault(t => t.Lang == site.Settings.DefaultLanguage)?.Url ?? input.PageUrl(),
            // A table of contents only helps on long pages.
            ["toc"] = headings.Count(h => h.Level == 2) >= 3 ? headings.Where(h => h.Level == 2).Select(h => new Link(h.Text, "#" + h.Anchor)).ToList() : new List<Link>(),
            ["backlinks"] = model.Backlinks(input.PageId(), lang).Select(Link.To).ToList(),
            ["breadcrumbs"] = Breadcrumbs(input, model),
            ["last_updated"] = LastUpdated.ShowFor(site, input),
            ["upkeep"] = PageUpkeep.Of(site, input, model),
            ["citation_meta"] = Citations.HighwireTags.For(input),
            ["json_ld"] = StructuredData.For(input, model),
            ["search"] = SearchData.Of(input, model, site),
            ["draft"] = Drafts.Is(input),
        };
    }

    private List<Link> Breadcrumbs(Document input, SiteModel model)
    {
        var lang = input.Lang();
        var crumbs = new List<Link>();
        if (input.Kind() == Kinds.Home) return crumbs;
        crumbs.Add(new Link(site.Strings.Get(lang, "nav.home"), site.UrlFor(lang, "", "")));
        if (site.Types.Of(input.Kind()) is { IndexTitleKey: { } titleKey } type && input.PageId() != type.IndexKind)
            crumbs.Add(new Link(site.Strings.Get(lang, titleKey), site.UrlFor(lang, type.Section, "")));
        return crumbs;
    }
}
