using Guidance.Site.Citations;
using Guidance.Tests.Site.Citations;
using Guidance.Tests.Support;

namespace Guidance.Tests.Trainers;

/// <summary>A study's reference as files for reference managers, and as tags Google Scholar and Zotero read.</summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class CitationFileTests(BuiltFixture fixture)
{
    [Theory]
    [InlineData("da", "study-a")]
    [InlineData("en", "study-a")]
    [InlineData("da", "study-b")]
    [InlineData("en", "study-b")]
    public void Each_study_page_links_to_its_reference_as_BibTeX_RIS_and_CSL_JSON_named_after_the_study_and_written_beside_it(string lang, string id)
    {
        var url = $"/{lang}/studies/{id}/";
        var links = fixture.Document(url).QuerySelectorAll(".downloads a[download]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([url + id + ".bib", url + id + ".ris", url + id + ".json"], links);
        var reference = FixtureStudies.Reference(id, lang);
        // The names first published (citation.*) still answer, with the same reference.
        foreach (var name in new[] { id, "citation" })
        {
            Assert.Equal(BibTex.Write(reference), File.ReadAllText(fixture.FileOf(url + name + ".bib")));
            Assert.Equal(Ris.Write(reference), File.ReadAllText(fixture.FileOf(url + name + ".ris")));
            Assert.Equal(CslJson.Write(reference), File.ReadAllText(fixture.FileOf(url + name + ".json")));
        }
    }

    [Fact]
    public void A_study_page_carries_Highwire_citation_tags_with_one_author_tag_per_author()
    {
        var tags = fixture.Document("/en/studies/study-a/").QuerySelectorAll("meta[name^='citation_']")
            .Select(m => (m.GetAttribute("name"), m.GetAttribute("content"))).ToList();
        Assert.Equal([
            ("citation_title", "Study A on involvement"),
            ("citation_author", "Hansen, Mette Lise"),
            ("citation_author", "Berg, Ole"),
            ("citation_publication_date", "2024/03/05"),
            ("citation_journal_title", "Journal of Fixtures"),
            ("citation_volume", "3"),
            ("citation_issue", "2"),
            ("citation_firstpage", "10"),
            ("citation_lastpage", "20"),
            ("citation_doi", "10.0000/fixture.a"),
            ("citation_language", "en"),
        ], tags);
    }

    [Fact]
    public void A_report_page_has_no_invented_author_date_or_journal_tag()
    {
        var tags = fixture.Document("/da/studies/study-b/").QuerySelectorAll("meta[name^='citation_']")
            .Select(m => (m.GetAttribute("name"), m.GetAttribute("content"))).ToList();
        Assert.Equal([
            ("citation_title", "Studie B om netværk"),
            ("citation_isbn", "978-0-00-000000-0"),
            ("citation_publisher", "Fixture Institute"),
            ("citation_language", "nb"),
        ], tags);
    }

    [Fact]
    public void Only_study_pages_carry_citation_tags()
    {
        Assert.Empty(fixture.Document("/en/findings/heard/").QuerySelectorAll("meta[name^='citation_']"));
        Assert.Empty(fixture.Document("/en/studies/").QuerySelectorAll("meta[name^='citation_']"));
    }
}
