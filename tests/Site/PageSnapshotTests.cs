using Guidance.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace Guidance.Tests.Site;

/// <summary>
/// One page of each type in each language, built from the fixture site. A change to a layout or to what
/// a page lists shows up here as a diff to review, like code.
/// </summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class PageSnapshotTests(BuiltFixture fixture)
{
    [Theory]
    [InlineData("finding", "/da/findings/heard/")]
    [InlineData("finding", "/en/findings/heard/")]
    [InlineData("theme", "/da/themes/tillid/")]
    [InlineData("theme", "/en/themes/tillid/")]
    [InlineData("study", "/da/studies/study-a/")]
    [InlineData("study", "/en/studies/study-a/")]
    [InlineData("recommendation", "/da/guidance/listen-first/")]
    [InlineData("recommendation", "/en/guidance/listen-first/")]
    [InlineData("page", "/da/om/")]
    [InlineData("page", "/en/about/")]
    [InlineData("glossary", "/da/glossary/")]
    [InlineData("glossary", "/en/glossary/")]
    [InlineData("home", "/da/")]
    [InlineData("home", "/en/")]
    [InlineData("findings-index", "/da/findings/")]
    [InlineData("findings-index", "/en/findings/")]
    [InlineData("studies-index", "/en/studies/")]
    [InlineData("themes-index", "/da/themes/")]
    [InlineData("guidance-index", "/en/guidance/")]
    [InlineData("whats-new", "/da/whats-new/")]
    [InlineData("whats-new", "/en/whats-new/")]
    [InlineData("evidence-map", "/da/evidence-map/")]
    [InlineData("evidence-map", "/en/evidence-map/")]
    [InlineData("changelog", "/da/changelog/")]
    [InlineData("changelog", "/en/changelog/")]
    [InlineData("course", "/da/courses/first-steps/")]
    [InlineData("course-handout", "/en/courses/first-steps/handout/")]
    [InlineData("courses-index", "/da/courses/")]
    [InlineData("search", "/da/search/")]
    [InlineData("search", "/en/search/")]
    [InlineData("root", "/")]
    public void Page_matches_its_reviewed_snapshot(string kind, string url)
    {
        var name = url == "/" ? "root" : url.Trim('/').Replace('/', '_');
        Snapshot.Match(fixture.Html(url).Split('\n'), SnapshotNameExtension.Create(kind, name));
    }
}
