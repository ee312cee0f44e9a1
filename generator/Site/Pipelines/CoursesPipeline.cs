using Guidance.Engine;
using Guidance.Modules.Markdown;

namespace Guidance.Site.Pipelines;

/// <summary>
/// Courses for trainers (<c>courses/&lt;id&gt;.&lt;lang&gt;.md</c>: an introduction and <c>items</c>, a list of finding and
/// recommendation ids, in teaching order) → <c>/&lt;lang&gt;/courses/&lt;id&gt;/</c>; each with a printable handout that holds
/// every item's full text (<c>/&lt;lang&gt;/courses/&lt;id&gt;/handout/</c>); and the index of courses.
/// </summary>
public static class CoursesPipeline
{
    private const string CourseKey = "CourseId";

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = ContentPipeline.Create(site, ContentTypes.Course, (page, model, view) =>
        {
            var lang = page.Lang();
            switch (page.Kind())
            {
                case var index when index == ContentTypes.Course.IndexKind:
                    view["courses"] = model.OfKind(Kinds.Course, lang)
                        .Select(c => new { Title = c.Title(), Url = c.PageUrl(), Summary = c.Summary(), Items = c.GetList("items").Count }).ToList();
                    break;
                case Kinds.Course:
                    view["items"] = Items(page, model, site, withBodies: false);
                    view["handout_url"] = model.UrlOf(HandoutIdOf(page.PageId()), lang);
                    view["pdf_url"] = site.MakesPdf ? page.PageUrl() + Handouts.HandoutPdf.FileName(page) : null;
                    view["reference_files"] = CourseFilesPipeline.ReferenceFilesOf(page);
                    break;
                case Kinds.CourseHandout:
                    var course = model.Find(page.GetString(CourseKey)!, lang)!;
                    view["course"] = Link.To(course);
                    view["course_absolute_url"] = site.Settings.AbsoluteUrl(course.PageUrl());
                    view["items"] = Items(course, model, site, withBodies: true);
                    view["body"] = HandoutBody(course, model, site, idPrefix: "", headingShift: 0);
                    view["breadcrumbs"] = new List<Link>(view["breadcrumbs"] as IEnumerable<Link> ?? [])
                    {
                        new(site.Strings.Get(lang, ContentTypes.Course.IndexTitleKey!), site.UrlFor(lang, ContentTypes.Course.Section, "")),
                        Link.To(course),
                    };
                    break;
            }
        }, withIndex: false);
        pipeline.ProcessModules.Add(new AddHandoutsAndIndex(site));
        return pipeline;
    }

    private static string HandoutIdOf(string courseId) => courseId + "-handout";

    private static List<CourseItem> Items(Document course, SiteModel model, GuidanceSite site, bool withBodies)
    {
        var lang = course.Lang();
        var itemIds = course.GetList("items");
        return itemIds.Select(id => model.Find(id, lang)).OfType<Document>().Select(item =>
        {
            var isFinding = item.Kind() == Kinds.Finding;
            var finding = isFinding ? site.Cards.For(item, model) : null;
            var sample = isFinding ? model.Find(item.GetString("study") ?? "", lang)?.GetString("sample") : null;
            List<FindingCard> basedOn = isFinding ? [] : item.GetList("findings").Select(f => model.Find(f, lang)).OfType<Document>()
                .Select(f => site.Cards.For(f, model)).ToList();
            return new CourseItem(item.PageId(), item.Kind(), site.Strings.Get(lang, site.Types.Of(item.Kind())!.NameKey), item.Title(), item.PageUrl(),
                site.Settings.AbsoluteUrl(item.PageUrl()), item.Summary(), finding, sample, basedOn,
                withBodies ? HandoutBody(item, model, site, idPrefix: item.PageId() + "-", headingShift: 1) : null,
                CourseItems.FormerIds(item, site.Types.Of(item.Kind())!, itemIds));
        }).ToList();
    }

    /// <summary>
    /// A text inside the handout (the course's introduction, or an item's body). Its links are absolute, because a
    /// handout is printed, saved as PDF and shared, where a link without the site's address leads nowhere. An item's
    /// sections nest under its title, and its ids carry the item's id: every finding has the same section headings.
    /// </summary>
    /// <summary>
    /// Whether a handout renders this page's body into itself (a course's introduction, an item's text): every other
    /// page's body is let go once the page is rendered (<see cref="RenderMarkdown"/>).
    /// </summary>
    public static bool HoldsBodyOf(Document page, SiteModel model) =>
        page.Kind() == Kinds.Course || model.OfKind(Kinds.Course, page.Lang()).Any(course => course.GetList("items").Contains(page.PageId()));

    private static string HandoutBody(Document page, SiteModel model, GuidanceSite site, string idPrefix, int headingShift)
    {
        var lang = page.Lang();
        var options = new FragmentOptions(
            id => model.UrlOf(id, lang) is { } url ? site.Settings.AbsoluteUrl(url) : null,
            model.TermsIn(lang), idPrefix, headingShift);
        var markdown = page[ParseMarkdown.BodyKey] is MarkdownBody body ? body.Markdown : page.Content;
        return MarkdownFragment.ToHtml(markdown, site.Settings.AllowRawHtml, options);
    }

    /// <summary>
    /// A handout per course and language, made in the process phase so that the site model knows the handouts as
    /// translations of each other; and the index of courses, when there are any.
    /// </summary>
    private sealed class AddHandoutsAndIndex(GuidanceSite site) : IModule
    {
        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
        {
            var courses = inputs.Where(d => d.Kind() == Kinds.Course).ToList();
            var index = courses.Count > 0 ? IndexPages.For(site, ContentTypes.Course) : [];
            return [.. inputs, .. courses.Select(Handout), .. index];
        }

        private Document Handout(Document course)
        {
            var lang = course.Lang();
            var page = course.With([
                new("id", HandoutIdOf(course.PageId())),
                new("title", $"{course.Title()} – {site.Strings.Get(lang, "course.handout")}"),
                new(CourseKey, course.PageId()),
                new("layout", null), // a course's own layout is for the course page
                new(ParseMarkdown.XrefsKey, null), // the course page already counts the introduction's links
                new(ParseMarkdown.BodyKey, null), // the handout renders the introduction itself, with absolute links
            ]);
            return site.Identify(page, Kinds.CourseHandout, lang, ContentTypes.Course.Section, (course.GetString("slug") ?? course.PageId()) + "/handout");
        }
    }
}
