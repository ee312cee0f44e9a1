using Guidance.Site;
using Guidance.Tests.Support;

namespace Guidance.Tests.Site.Citations;

/// <summary>
/// The study's reference as APA 7 writes it, on the study page (and so in the course handout and the pack, which
/// print the same string): a group author with its full stop, no publisher that repeats the author, no place, no ISBN.
/// </summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class ApaReferenceTests(BuiltFixture fixture)
{
    [Theory]
    [InlineData("en", "Fixture Institute. (n.d.). Study B on networks.")]
    [InlineData("da", "Fixture Institute. (n.d.). Studie B om netværk.")]
    public void A_report_by_an_organisation_names_it_once_as_the_author_without_place_or_isbn(string lang, string reference) =>
        Assert.Equal(reference, fixture.Document($"/{lang}/studies/study-b/").QuerySelector(".citation")?.TextContent);

    [Fact]
    public void A_journal_article_keeps_authors_year_title_journal_volume_issue_pages_and_doi() =>
        Assert.Equal("Hansen, M. L., & Berg, O. (2024). Study A on involvement. Journal of Fixtures, 3(2), 10–20. https://doi.org/10.0000/fixture.a",
            fixture.Document("/en/studies/study-a/").QuerySelector(".citation")?.TextContent);

    [Fact]
    public void A_report_by_persons_names_the_organisation_as_its_publisher()
    {
        var study = FixtureStudies.Page("study-b", "en").With("authors", new List<object?> { "Holm, Karen Marie" });
        Assert.Equal("Holm, K. M. (n.d.). Study B on networks. Fixture Institute.", Citation.Apa(study));
    }

    [Fact]
    public void A_title_ending_in_a_question_mark_gets_no_full_stop_after_it()
    {
        var study = FixtureStudies.Page("study-a", "en").With("original_title", "Does involvement help?");
        Assert.StartsWith("Hansen, M. L., & Berg, O. (2024). Does involvement help? Journal of Fixtures", Citation.Apa(study));
    }
}
