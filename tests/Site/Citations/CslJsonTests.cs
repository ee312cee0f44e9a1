using System.Text.Json;
using Guidance.Site.Citations;

namespace Guidance.Tests.Site.Citations;

public sealed class CslJsonTests
{
    [Fact]
    public void An_article_is_an_array_of_one_item_with_names_date_parts_and_a_page_range()
    {
        Assert.Equal("""
            [
              {
                "id": "study-a",
                "type": "article-journal",
                "title": "Study A on involvement",
                "author": [
                  {
                    "family": "Hansen",
                    "given": "Mette Lise"
                  },
                  {
                    "family": "Berg",
                    "given": "Ole"
                  }
                ],
                "container-title": "Journal of Fixtures",
                "issued": {
                  "date-parts": [
                    [
                      2024,
                      3,
                      5
                    ]
                  ]
                },
                "volume": "3",
                "issue": "2",
                "page": "10-20",
                "DOI": "10.0000/fixture.a",
                "language": "en"
              }
            ]

            """, CslJson.Write(FixtureStudies.Reference("study-a", "en")));
    }

    [Fact]
    public void A_report_keeps_danish_letters_as_written_and_has_no_issued_date_it_was_not_given()
    {
        Assert.Equal("""
            [
              {
                "id": "study-b",
                "type": "report",
                "title": "Studie B om netværk",
                "publisher": "Fixture Institute",
                "publisher-place": "Esbjerg",
                "ISBN": "978-0-00-000000-0",
                "language": "nb"
              }
            ]

            """, CslJson.Write(FixtureStudies.Reference("study-b", "da")));
    }

    [Fact]
    public void A_corporate_name_is_a_literal_and_a_report_length_is_its_number_of_pages()
    {
        var report = FixtureStudies.Full("T", new PersonName("UC SYD", null)) with { Type = ReferenceType.Report, Pages = PageSpan.Parse("28") };

        var item = JsonDocument.Parse(CslJson.Write(report)).RootElement[0];

        Assert.Equal("UC SYD", item.GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal("28", item.GetProperty("number-of-pages").GetString());
        Assert.False(item.TryGetProperty("page", out _));
    }
}
