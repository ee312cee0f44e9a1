using Guidance.Site.Citations;

namespace Guidance.Tests.Site.Citations;

public sealed class BibTexTests
{
    [Fact]
    public void An_article_is_written_with_its_authors_journal_date_volume_issue_pages_doi_and_language()
    {
        Assert.Equal("""
            @article{study-a,
              author = {Hansen, Mette Lise and Berg, Ole},
              title = {Study A on involvement},
              journal = {Journal of Fixtures},
              year = {2024},
              month = mar,
              volume = {3},
              number = {2},
              pages = {10--20},
              doi = {10.0000/fixture.a},
              langid = {english}
            }

            """, BibTex.Write(FixtureStudies.Reference("study-a", "en")));
    }

    [Fact]
    public void A_report_without_authors_year_or_original_title_has_its_institution_place_isbn_and_the_page_language_title()
    {
        Assert.Equal("""
            @techreport{study-b,
              title = {Studie B om netværk},
              institution = {Fixture Institute},
              address = {Esbjerg},
              isbn = {978-0-00-000000-0},
              langid = {norsk}
            }

            """, BibTex.Write(FixtureStudies.Reference("study-b", "da")));
    }

    [Fact]
    public void TeX_special_characters_are_escaped_and_danish_letters_stay_as_they_are()
    {
        var bib = BibTex.Write(FixtureStudies.Full(@"Ærø & Søby: 50% of {cases} #1 cost $5_000 ~ ^ \ end", new PersonName("Bøg", "Åse")));

        Assert.Contains(@"title = {Ærø \& Søby: 50\% of \{cases\} \#1 cost \$5\_000 \textasciitilde{} \textasciicircum{} \textbackslash{} end},", bib);
        Assert.Contains("author = {Bøg, Åse},", bib);
    }

    [Fact]
    public void A_name_without_a_comma_is_braced_so_BibTeX_keeps_it_whole()
    {
        var bib = BibTex.Write(FixtureStudies.Full("T", new PersonName("UC SYD", null), new PersonName("Berg", "Line")));

        Assert.Contains("author = {{UC SYD} and Berg, Line},", bib);
    }

    [Fact]
    public void A_single_page_number_of_a_report_is_its_length_and_of_an_article_its_first_page()
    {
        var report = FixtureStudies.Full() with { Type = ReferenceType.Report, Pages = PageSpan.Parse("28") };
        var article = FixtureStudies.Full() with { Pages = PageSpan.Parse("17") };

        Assert.Contains("pagetotal = {28}", BibTex.Write(report));
        Assert.DoesNotContain("pages =", BibTex.Write(report));
        Assert.Contains("pages = {17}", BibTex.Write(article));
    }
}
