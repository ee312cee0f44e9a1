using Guidance.Engine;
using Guidance.Modules.Pdf;

namespace Guidance.Site.Handouts;

/// <summary>A text of a course as the PDF handout prints it: its sources name each study's authors and year.</summary>
public sealed record HandoutItem(string Kicker, string Title, string? Summary, string? SourcesHeading, IReadOnlyList<string> Sources, string Url);

/// <summary>Everything the PDF handout of a course says, in its language; read from the site model in the process phase.</summary>
public sealed record Handout(string Kicker, string Title, string? Summary, string Edition, DateTime Date, string Online, string Url, string QrHint,
    string ItemsHeading, IReadOnlyList<HandoutItem> Items, string ReferencesHeading, IReadOnlyList<string> References,
    string Publisher, string Lang, Func<int, int, string> Footer);

/// <summary>
/// The course handout as a PDF, made at build time with PDFsharp (no browser, no program outside .NET): the course's
/// title and edition (the last change to the course or any of its texts), each text with its title, summary and
/// sources (authors and year), a QR code beside it that leads to its page, and the studies it cites as an APA 7
/// reference list at the end.
/// </summary>
public static class HandoutPdf
{
    public const string Key = "Handout";

    private static readonly TextStyle Kicker = new(9, Colour: "#555555");
    private static readonly TextStyle Title = new(20, Bold: true, Leading: 1.2);
    private static readonly TextStyle Lead = new(11.5);
    private static readonly TextStyle Body = new(10.5);
    private static readonly TextStyle Small = new(9, Colour: "#333333");
    private static readonly TextStyle Heading = new(14, Bold: true);
    private static readonly TextStyle ItemTitle = new(12.5, Bold: true, Leading: 1.25);
    private static readonly TextStyle Source = new(9.5, Italic: true);
    private static readonly TextStyle Reference = new(10);
    private const double QrSize = 72; // 2.5 cm: scans from a phone held over a table
    private const double QrGap = 14;

    /// <summary>The file name of a course's PDF in a language: <c>&lt;slug&gt;.&lt;lang&gt;.pdf</c>, so the two languages never overwrite each other in a download folder.</summary>
    public static string FileName(Document course) => $"{course.GetString("slug") ?? course.PageId()}.{course.Lang()}.pdf";

    public static Handout Of(Document course, SiteModel model, GuidanceSite site)
    {
        var lang = course.Lang();
        var strings = site.Strings;
        var items = course.GetList("items").Select(id => model.Find(id, lang)).OfType<Document>().ToList();
        var dates = items.Prepend(course).Select(page => LastUpdated.Of(site, page)).OfType<DateTimeOffset>().ToList();
        var edition = dates.Count > 0 ? dates.Max() : DateTimeOffset.UnixEpoch;
        string Cited(Document finding) =>
            model.Find(finding.GetString("study") ?? "", lang) is { } study ? $" ({Citation.InText(study)})" : "";
        var handoutItems = items.Select((item, i) =>
        {
            var kind = strings.Get(lang, site.Types.Of(item.Kind())!.NameKey);
            var position = strings.Format(lang, "course.position", ("n", i + 1), ("count", items.Count));
            var isFinding = item.Kind() == Kinds.Finding;
            var sources = isFinding
                ? model.Find(item.GetString("study") ?? "", lang) is { } study ? [$"{strings.Get(lang, "handout.study")}: {study.Title()} ({Citation.InText(study)})"] : []
                : item.GetList("findings").Select(f => model.Find(f, lang)).OfType<Document>().Select(f => $"– {f.Title()}{Cited(f)}").ToList();
            return new HandoutItem($"{position} · {kind}", item.Title(), item.Summary(), isFinding ? null : strings.Get(lang, "course.based_on"),
                sources, site.Settings.AbsoluteUrl(item.PageUrl()));
        }).ToList();
        var references = CourseReferences.StudiesOf(course, model).Select(Citation.Apa).Order(model.TitleOrder(lang)).ToList();
        return new Handout(strings.Get(lang, "handout.kicker"), course.Title(), course.Summary(),
            strings.Format(lang, "handout.edition", ("date", LastUpdated.Show(site, edition, lang).Text)), edition.UtcDateTime,
            strings.Get(lang, "course.online"), site.Settings.AbsoluteUrl(course.PageUrl()), strings.Get(lang, "handout.qr"),
            strings.Get(lang, "course.items"), handoutItems, strings.Get(lang, "handout.references"), references,
            site.Settings.TitleIn(lang), lang,
            (n, count) => $"{course.Title()} · {strings.Format(lang, "handout.page", ("n", n), ("count", count))}");
    }

    public static byte[] Render(Handout handout)
    {
        using var pdf = new PrintLayout(handout.Title, handout.Publisher, handout.Date, handout.Lang);
        pdf.Text(handout.Kicker.ToUpperInvariant(), Kicker);
        pdf.Space(2);
        pdf.Text(handout.Title, Title);
        pdf.Space(6);
        if (handout.Summary is { } summary) pdf.Text(summary, Lead);
        pdf.Space(8);
        pdf.Text(handout.Edition, Small);
        pdf.Text($"{handout.Online} {handout.Url}", Small, link: handout.Url);
        pdf.Space(14);
        pdf.Text(handout.ItemsHeading, Heading);
        pdf.Text(handout.QrHint, Small);
        pdf.Space(10);

        var textInset = QrSize + QrGap;
        foreach (var item in handout.Items)
        {
            // A text and its QR code stay on one page.
            var height = pdf.LineHeight(Kicker) + pdf.Measure(item.Title, ItemTitle, textInset) + 4
                + (item.Summary is { } s ? pdf.Measure(s, Body, textInset) : 0)
                + (item.SourcesHeading is not null ? pdf.LineHeight(Source) : 0)
                + item.Sources.Sum(source => pdf.Measure(source, Source, textInset));
            pdf.KeepTogether(Math.Max(height, QrSize) + pdf.LineHeight(Small) + 12);
            pdf.Rule();
            var top = pdf.Position;
            pdf.ImageAtRight(QrCode.Bitmap(item.Url), QrSize);
            pdf.Text(item.Kicker, Kicker, textInset);
            pdf.Text(item.Title, ItemTitle, textInset, link: item.Url);
            pdf.Space(4);
            if (item.Summary is { } itemSummary) pdf.Text(itemSummary, Body, textInset);
            pdf.Space(3);
            if (item.SourcesHeading is { } sourcesHeading) pdf.Text(sourcesHeading, Source, textInset);
            foreach (var source in item.Sources) pdf.Text(source, Source, textInset, hangingIndent: 8);
            // The address goes below the QR code, across the whole width: it does not wrap.
            pdf.MoveTo(top + QrSize);
            pdf.Text(item.Url, Small, link: item.Url);
            pdf.Space(12);
        }

        pdf.Space(10);
        // The reference list starts on a new page unless it all fits on this one, so a trainer finds it whole on the
        // last page rather than a heading and one entry at the foot of a page (a list longer than a page still flows on).
        var referencesHeight = pdf.LineHeight(Heading) + 4 + handout.References.Sum(reference => pdf.Measure(reference, Reference, indent: 20) + 4);
        pdf.KeepTogether(Math.Min(referencesHeight, pdf.PageHeight));
        pdf.Text(handout.ReferencesHeading, Heading);
        pdf.Space(4);
        foreach (var reference in handout.References)
        {
            pdf.KeepTogether(pdf.Measure(reference, Reference));
            pdf.Text(reference, Reference, hangingIndent: 20);
            pdf.Space(4);
        }
        return pdf.Finish(handout.Footer, Small);
    }
}
