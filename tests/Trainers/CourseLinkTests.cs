using AngleSharp.Html.Parser;
using Guidance.Tests.Support;

namespace Guidance.Tests.Trainers;

/// <summary>
/// Courses are found like every other kind of page (the main menu, the search index), and their addresses last: a
/// link to a course or one of its texts can be copied, and a text's anchor still answers to the id it had before a rename.
/// </summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class CourseLinkTests(BuiltFixture fixture)
{
    [Theory]
    [InlineData("/da/findings/heard/", "Kurser", "/da/courses/")]
    [InlineData("/en/", "Courses", "/en/courses/")]
    [InlineData("/en/courses/first-steps/", "Courses", "/en/courses/")]
    public void Every_page_has_the_courses_in_its_main_menu(string url, string label, string href)
    {
        var entry = fixture.Document(url).QuerySelectorAll(".main-nav a").SingleOrDefault(a => a.GetAttribute("href") == href);
        Assert.Equal(label, entry?.TextContent);
    }

    [Fact]
    public void The_courses_menu_entry_is_current_on_the_list_of_courses()
    {
        Assert.Equal("page", fixture.Document("/en/courses/").QuerySelector(".main-nav a[href='/en/courses/']")?.GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("da", "Kursus")]
    [InlineData("en", "Course")]
    public void A_course_page_is_indexed_for_search_as_a_course_by_its_title_and_introduction_not_its_items(string lang, string kind)
    {
        var page = fixture.Document($"/{lang}/courses/first-steps/");
        Assert.True(page.QuerySelector("main")!.HasAttribute("data-pagefind-body"));
        Assert.Equal(kind, page.QuerySelector("[data-pagefind-meta='kind']")?.TextContent);
        Assert.True(page.QuerySelector("section[aria-labelledby='course-items']")!.HasAttribute("data-pagefind-ignore"));
        // The handout repeats its course and texts: left out, as lists are.
        Assert.False(fixture.Document($"/{lang}/courses/first-steps/handout/").QuerySelector("main")!.HasAttribute("data-pagefind-body"));
    }

    [Theory]
    [InlineData("da", "Link til dette kursus", "Link til teksten i kurset")]
    [InlineData("en", "Link to this course", "Link to this text in the course")]
    public void A_course_offers_its_address_and_each_item_a_link_to_its_own_anchor(string lang, string pageLabel, string itemLabel)
    {
        var page = fixture.Document($"/{lang}/courses/first-steps/");
        var link = page.QuerySelector("header a.page-link");
        Assert.Equal(pageLabel, link?.TextContent);
        Assert.Equal($"/{lang}/courses/first-steps/", link?.GetAttribute("href"));
        foreach (var item in page.QuerySelectorAll(".course-items > li"))
        {
            var itemLink = item.QuerySelector("a.heading-link");
            Assert.Equal("#" + item.Id, itemLink?.GetAttribute("href"));
            Assert.Equal($"{itemLabel}: {item.QuerySelector("a.card-title")!.TextContent}", itemLink?.GetAttribute("aria-label"));
        }
    }

    [Fact]
    public void A_renamed_items_old_anchor_still_lands_on_it_in_the_course_and_the_handout()
    {
        using var site = new TempSite();
        // trust-grows was once published as trust-builds: its RedirectFrom says so.
        foreach (var lang in new[] { "da", "en" })
            site.Edit($"input/findings/study-a/trust-grows.{lang}.md", text => text.Replace("study: study-a\n",
                "study: study-a\nRedirectFrom: [/da/findings/trust-builds/, /en/findings/trust-builds/]\n"));
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.ToString());

        foreach (var url in new[] { "en/courses/first-steps/index.html", "da/courses/first-steps/handout/index.html" })
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, url)));
            var old = page.GetElementById("item-trust-builds");
            Assert.NotNull(old);
            Assert.Equal("item-trust-grows", old!.ParentElement?.Id);
            Assert.Single(page.QuerySelectorAll("[id='item-trust-builds']"));
        }
    }

    [Theory]
    [InlineData("/da/guidance/listen-first/", "saadan-kan-du-goere", "sådan-kan-du-gøre", "Sådan kan du gøre")]
    [InlineData("/da/courses/first-steps/", "foer-kurset", "før-kurset", "Før kurset")]
    [InlineData("/da/om/", "formaal", "formål", "Formål")]
    public void Headings_get_ascii_ids_and_an_id_published_with_danish_letters_stays_as_a_second_anchor(string url, string id, string old, string text)
    {
        var page = fixture.Document(url);
        var heading = page.GetElementById(id);
        Assert.Equal(text, heading?.TextContent);
        Assert.Equal("#" + id, heading!.ParentElement!.QuerySelector("a.heading-link")?.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("[id]:not(.anchor-alias)").Select(e => e.Id!), i => Assert.Matches("^[a-z0-9_-]+$", i));
        var alias = page.GetElementById(old);
        Assert.NotNull(alias);
        // Just before the heading, or before the row that holds the heading and its link.
        var next = alias!.NextElementSibling;
        Assert.True(next == heading || next?.Contains(heading) == true, next?.OuterHtml);
    }

    [Fact]
    public void The_table_of_contents_links_the_ascii_id()
    {
        Assert.Contains(fixture.Document("/da/guidance/listen-first/").QuerySelectorAll(".toc a"), a => a.GetAttribute("href") == "#saadan-kan-du-goere");
    }

    [Fact]
    public void The_link_check_accepts_a_link_to_the_new_id_and_to_the_old_one_but_not_to_a_misspelt_one()
    {
        using var site = new TempSite();
        site.Edit("input/pages/about.da.md", text => text + "\n\nSe [nyt](xref:listen-first#saadan-kan-du-goere), [gammelt](xref:listen-first#sådan-kan-du-gøre)"
            + " og [her](/da/guidance/listen-first/#sådan-kan-du-gøre).\n");
        var result = site.Run("check");
        Assert.True(result.ExitCode == 0, result.ToString());

        site.Edit("input/pages/about.da.md", text => text + "\n\n[Forkert](xref:listen-first#saadan-kan-du-gore).\n");
        var broken = site.Run("check");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains(broken.ErrorLines, l => l.EndsWith("has no anchor 'saadan-kan-du-gore'", StringComparison.Ordinal));
    }
}
