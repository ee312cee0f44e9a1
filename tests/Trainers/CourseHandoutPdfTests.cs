using Guidance.Site;
using Guidance.Site.Citations;
using Guidance.Tests.Site.Citations;
using Guidance.Tests.Support;
using UglyToad.PdfPig;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Guidance.Tests.Trainers;

/// <summary>
/// A course's handout as a PDF made by the build, read back as a reader would: its text (PdfPig) and its QR codes
/// (decoded with ZXing from the images in the file); and the course's references as RIS and BibTeX.
/// </summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class CourseHandoutPdfTests(BuiltFixture fixture)
{
    [Theory]
    [InlineData("da", "Kursusmateriale som pdf")]
    [InlineData("en", "Handout as PDF")]
    public void The_course_page_links_its_pdf_handout_which_the_build_wrote_beside_it(string lang, string label)
    {
        var link = fixture.Document($"/{lang}/courses/first-steps/").QuerySelector("a[type='application/pdf']");
        Assert.Equal(label, link?.TextContent);
        Assert.Equal($"/{lang}/courses/first-steps/first-steps.{lang}.pdf", link?.GetAttribute("href"));
        Assert.StartsWith("%PDF-", File.ReadAllText(fixture.FileOf(link!.GetAttribute("href")!))[..5]);
    }

    [Theory]
    [InlineData("en", "Course handout", "Edition: 15 January 2025", "Study: Study A on involvement (Hansen & Berg, 2024)", "References")]
    [InlineData("da", "Kursusmateriale", "Udgave: 15. januar 2025", "Studie: Studie A om inddragelse (Hansen & Berg, 2024)", "Referencer")]
    public void The_pdf_has_the_course_title_its_edition_every_text_with_authors_and_year_and_the_apa_reference_list(
        string lang, string kicker, string edition, string source, string referencesHeading)
    {
        var text = TextOf(fixture.FileOf($"/{lang}/courses/first-steps/first-steps.{lang}.pdf"));
        var course = fixture.Document($"/{lang}/courses/first-steps/");
        Assert.StartsWith($"{kicker.ToUpperInvariant()} {course.QuerySelector("h1")!.TextContent}", text);
        Assert.Contains(edition, text);
        var titles = course.QuerySelectorAll(".course-items a.card-title").Select(a => a.TextContent).ToList();
        Assert.Equal(3, titles.Count);
        Assert.Equal(titles, titles.OrderBy(t => text.IndexOf(t, StringComparison.Ordinal)));
        foreach (var summary in course.QuerySelectorAll(".course-items .card > p:not(.kicker):not(.meta)").Select(p => p.TextContent))
            Assert.Contains(summary, text);
        Assert.Contains(source, text);
        // The list at the end holds the study's reference as the study page gives it (APA 7).
        var reference = Citation.Apa(FixtureStudies.Page("study-a", lang).With(SiteKeys.Title, FixtureStudies.Page("study-a", lang).GetString("title")));
        Assert.Contains($"{referencesHeading} {reference}", text);
        Assert.Equal(fixture.Document($"/{lang}/studies/study-a/").QuerySelector(".citation")?.TextContent, reference);
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public void Each_texts_qr_code_leads_to_its_page_at_the_sites_address(string lang)
    {
        var expected = fixture.Document($"/{lang}/courses/first-steps/").QuerySelectorAll(".course-items a.card-title")
            .Select(a => "https://fixture.example.org" + a.GetAttribute("href")).ToList();
        Assert.Equal(expected, QrCodesIn(fixture.FileOf($"/{lang}/courses/first-steps/first-steps.{lang}.pdf")));
    }

    [Fact]
    public void The_course_page_links_its_references_as_RIS_and_BibTeX_with_one_record_per_study_it_cites()
    {
        var links = fixture.Document("/en/courses/first-steps/").QuerySelectorAll(".downloads a[download]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/en/courses/first-steps/first-steps.ris", "/en/courses/first-steps/first-steps.bib"], links);
        var reference = FixtureStudies.Reference("study-a", "en");
        Assert.Equal(Ris.Write(reference), File.ReadAllText(fixture.FileOf(links[0]!)));
        Assert.Equal(BibTex.Write(reference), File.ReadAllText(fixture.FileOf(links[1]!)));
    }

    [Fact]
    public void A_course_citing_two_studies_lists_both_in_its_reference_files_and_in_the_pdf_in_alphabetical_order()
    {
        using var site = new TempSite();
        site.Edit("input/courses/first-steps.en.md", text => text.Replace("items: [listen-first, heard, trust-grows]", "items: [listen-first, heard, network-helps]"));
        site.Edit("input/courses/first-steps.da.md", text => text.Replace("items: [listen-first, heard, trust-grows]", "items: [listen-first, heard, network-helps]"));
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.ToString());

        var folder = Path.Combine(site.Output, "en", "courses", "first-steps");
        Assert.Equal(Ris.Write(FixtureStudies.Reference("study-a", "en")) + Ris.Write(FixtureStudies.Reference("study-b", "en")),
            File.ReadAllText(Path.Combine(folder, "first-steps.ris")));
        Assert.Equal(BibTex.Write(FixtureStudies.Reference("study-a", "en")) + "\n" + BibTex.Write(FixtureStudies.Reference("study-b", "en")),
            File.ReadAllText(Path.Combine(folder, "first-steps.bib")));

        var text = TextOf(Path.Combine(folder, "first-steps.en.pdf"));
        var references = text[text.LastIndexOf("References ", StringComparison.Ordinal)..];
        string Apa(string id) => Citation.Apa(FixtureStudies.Page(id, "en").With(SiteKeys.Title, FixtureStudies.Page(id, "en").GetString("title")));
        // Up to the page's footer, which starts with the course's title.
        Assert.Equal($"References {Apa("study-b")} {Apa("study-a")}", references.Split(" First steps in involvement · Page ")[0]);
        Assert.Contains("Study: Study B on networks (Fixture Institute, n.d.)", text);
    }

    [Fact]
    public void No_pdf_skips_the_handout_and_its_link_but_keeps_the_reference_files()
    {
        using var site = new TempSite();
        var result = site.Run("build", "--no-pdf");
        Assert.True(result.ExitCode == 0, result.ToString());
        var folder = Path.Combine(site.Output, "da", "courses", "first-steps");
        Assert.Empty(Directory.GetFiles(folder, "*.pdf"));
        Assert.True(File.Exists(Path.Combine(folder, "first-steps.ris")));
        Assert.DoesNotContain("application/pdf", File.ReadAllText(Path.Combine(folder, "index.html")));
    }

    /// <summary>The words of every page, in the order they were drawn, one space apart.</summary>
    private static string TextOf(string pdf)
    {
        using var document = PdfDocument.Open(File.ReadAllBytes(pdf));
        return string.Join(" ", document.GetPages().SelectMany(page => page.GetWords()).Select(w => w.Text));
    }

    /// <summary>The text of every QR code in the PDF, page by page, top to bottom.</summary>
    private static List<string> QrCodesIn(string pdf)
    {
        using var document = PdfDocument.Open(File.ReadAllBytes(pdf));
        var codes = new List<string>();
        foreach (var page in document.GetPages())
            foreach (var image in page.GetImages().OrderByDescending(i => i.BoundingBox.Top))
            {
                Assert.True(image.TryGetBytesAsMemory(out var memory), "an image in the PDF could not be decoded");
                var (width, height) = (image.WidthInSamples, image.HeightInSamples);
                var luminance = Luminance(memory.ToArray(), width, height, image.BitsPerComponent);
                var bitmap = new BinaryBitmap(new HybridBinarizer(new PlanarYUVLuminanceSource(luminance, width, height, 0, 0, width, height, false)));
                var decoded = new QRCodeReader().decode(bitmap, new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true });
                Assert.NotNull(decoded);
                codes.Add(decoded.Text);
            }
        return codes;
    }

    /// <summary>One byte of brightness per pixel, from 8-bit samples of one or more components, or from 1-bit rows padded to a byte.</summary>
    private static byte[] Luminance(byte[] samples, int width, int height, int bitsPerComponent)
    {
        var pixels = new byte[width * height];
        if (bitsPerComponent == 1)
        {
            var stride = (width + 7) / 8;
            for (var y = 0; y < height; y++)
                for (var x = 0; x < width; x++)
                    pixels[y * width + x] = (samples[y * stride + x / 8] & (0x80 >> (x % 8))) != 0 ? (byte)255 : (byte)0;
            return pixels;
        }
        var components = samples.Length / (width * height);
        for (var i = 0; i < pixels.Length; i++) pixels[i] = samples[i * components];
        return pixels;
    }
}
