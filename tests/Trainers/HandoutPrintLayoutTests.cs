using Guidance.Site.Handouts;
using UglyToad.PdfPig;

namespace Guidance.Tests.Trainers;

/// <summary>
/// The course handout as a trainer sees it printed: where its parts fall on the pages, read back with PdfPig from
/// handouts of every length up to a few pages, so whichever text a page break falls after, the layout holds.
/// </summary>
public sealed class HandoutPrintLayoutTests
{
    private static readonly string[] References =
    [
        "Andersen, A. (2020). A first study of involvement in statutory casework with families. Journal of Examples, 1(1), 1–10.",
        "Berg, B., & Carlsen, C. (2021). A second study, whose title runs long enough to wrap onto a second line in the list. Examples Quarterly, 2(3), 20–31.",
        "Dahl, D. (2022). A third study. Example Press.",
        "Eriksen, E., Fog, F., & Gram, G. (2023). A fourth study of what parents say about being heard and taken seriously. Journal of Examples, 4(2), 5–9.",
    ];

    [Fact]
    public void The_reference_list_is_never_split_across_pages_when_it_fits_on_one()
    {
        for (var count = 1; count <= 14; count++)
        {
            using var document = PdfDocument.Open(HandoutPdf.Render(HandoutWith(count)));
            var pages = document.GetPages().ToList();
            var pageOf = (string words) => pages.Where(page => Words(page).Contains(words, StringComparison.Ordinal)).Select(page => page.Number).ToList();
            var heading = pageOf("References Andersen");
            Assert.True(heading.Count == 1, $"with {count} texts the heading 'References' is not followed by the first reference on one page");
            foreach (var reference in References)
                Assert.True(pageOf(reference.Split(". ")[0]).SequenceEqual(heading) && pageOf(reference.Split(' ')[^1]).SequenceEqual(heading),
                    $"with {count} texts, '{reference[..20]}…' is not whole on page {heading[0]} with the heading; the pages say: "
                    + string.Join(" | ", pages.Select(Words)));
        }
    }

    private static string Words(UglyToad.PdfPig.Content.Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    private static Handout HandoutWith(int count) => new("Course handout", "A course", "What the course is about.", "Edition: 1 January 2025",
        new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), "This course is online at", "https://example.org/en/courses/a-course/",
        "Scan the QR code beside a text to read it online.", "Texts in this course",
        Enumerable.Range(1, count).Select(i => new HandoutItem($"{i} of {count} · Finding", $"Text number {i} of the course",
            "A summary of two sentences that wraps onto a second line at the width the handout gives a text beside its QR code.",
            null, [$"Study: A study of involvement (Andersen, 2020)"], $"https://example.org/en/findings/text-{i}/")).ToList(),
        "References", References, "Involvement in practice", "en", (n, total) => $"A course · Page {n} of {total}");
}
