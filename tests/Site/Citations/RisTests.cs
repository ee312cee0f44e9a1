using Guidance.Site.Citations;

namespace Guidance.Tests.Site.Citations;

public sealed class RisTests
{
    [Fact]
    public void An_article_is_one_record_of_tagged_lines_ending_in_CR_LF()
    {
        Assert.Equal(
            "TY  - JOUR\r\nAU  - Hansen, Mette Lise\r\nAU  - Berg, Ole\r\nTI  - Study A on involvement\r\nT2  - Journal of Fixtures\r\n" +
            "PY  - 2024\r\nDA  - 2024/03/05/\r\nVL  - 3\r\nIS  - 2\r\nSP  - 10\r\nEP  - 20\r\nDO  - 10.0000/fixture.a\r\nLA  - en\r\nER  - \r\n",
            Ris.Write(FixtureStudies.Reference("study-a", "en")));
    }

    [Fact]
    public void A_report_has_its_publisher_place_and_isbn_and_no_invented_author_or_year()
    {
        Assert.Equal(
            "TY  - RPRT\r\nTI  - Study B on networks\r\nPB  - Fixture Institute\r\nCY  - Esbjerg\r\nSN  - 978-0-00-000000-0\r\nLA  - nb\r\nER  - \r\n",
            Ris.Write(FixtureStudies.Reference("study-b", "en")));
    }

    [Fact]
    public void A_line_break_inside_a_value_cannot_start_a_tag_of_its_own()
    {
        var ris = Ris.Write(FixtureStudies.Full("First line\nER  - injected"));

        Assert.Contains("TI  - First line ER  - injected\r\n", ris);
        Assert.Single(ris.Split("\r\n"), line => line.StartsWith("ER  -", StringComparison.Ordinal));
    }
}
