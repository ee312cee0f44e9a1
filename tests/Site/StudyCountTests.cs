using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>Text that counts the studies takes the number from the site's study files, never from a fixed word like "five".</summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class StudyCountTests(BuiltFixture fixture)
{
    [Theory]
    [InlineData("/en/", "Evidence from 2 studies, rewritten for practice.", "drawn from 2 studies.")]
    [InlineData("/da/", "Viden fra 2 studier, skrevet om til praksis.", "samlet fra 2 studier.")]
    public void The_footer_and_the_home_page_count_the_studies_the_site_has(string url, string footer, string intro)
    {
        var page = fixture.Document(url);
        Assert.StartsWith(footer, page.QuerySelector(".site-footer p")!.TextContent);
        Assert.EndsWith(intro, page.QuerySelector(".lead")!.TextContent);
    }

    [Theory]
    [InlineData("/en/studies/", "The 2 studies this site is built on.")]
    [InlineData("/da/findings/", "Alle fund fra de 2 studier.")]
    public void The_lists_of_studies_and_findings_count_the_studies(string url, string intro) =>
        Assert.StartsWith(intro, fixture.Document(url).QuerySelector(".lead")!.TextContent);

    [Fact]
    public void No_page_or_app_manifest_shows_a_ui_strings_raw_plural_syntax()
    {
        var raw = Directory.EnumerateFiles(fixture.Output, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".webmanifest", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains(", plural,", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(fixture.Output, f)).ToList();
        Assert.Empty(raw);
    }
}
