using System.Text;
using System.Xml;
using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// <c>sitemap.xml</c>: every page at its absolute URL, each listing all its translations (and the default language as
/// <c>x-default</c>) as <c>xhtml:link rel="alternate" hreflang</c>, the way search engines learn which pages are one page
/// in several languages. Built with an <see cref="XmlWriter"/>, so every value is escaped as XML.
/// </summary>
public static class Sitemap
{
    public const string FileName = "sitemap.xml";
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <param name="pages">The site's pages; each page's translations are looked up by its id in <paramref name="model"/>.</param>
    /// <returns>
    /// The file's bytes, written as UTF-8 straight into one buffer sized for the site: at 40,000 pages the file is 19 MB,
    /// and a stream that grew by doubling, its copy, the text decoded from it and that text with a line break added came
    /// to some 180 MB of large objects at the start of rendering, where the build's memory peaks (bench/RESULTS.md).
    /// </returns>
    public static ReadOnlyMemory<byte> Write(IEnumerable<Document> pages, SiteModel model)
    {
        var settings = model.Settings;
        var ordered = pages.OrderBy(p => p.PageUrl(), StringComparer.Ordinal).ToList();
        // Each page's address is written once as its own and once as an alternate of each of its versions: made once.
        var absolute = new Dictionary<string, string>(ordered.Count, StringComparer.Ordinal);
        string AbsoluteUrl(string url) => absolute.TryGetValue(url, out var known) ? known : absolute[url] = settings.AbsoluteUrl(url);
        var stream = new MemoryStream(ordered.Count * BytesPerPage + 1024);
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var page in ordered)
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, AbsoluteUrl(page.PageUrl()));
                var versions = model.Versions(page.PageId());
                if (versions.Count > 1)
                {
                    foreach (var lang in settings.Languages)
                        if (versions.TryGetValue(lang, out var version)) Alternate(xml, lang, AbsoluteUrl(version.PageUrl()));
                    if (versions.TryGetValue(settings.DefaultLanguage, out var fallback))
                        Alternate(xml, "x-default", AbsoluteUrl(fallback.PageUrl()));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return new ReadOnlyMemory<byte>(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>About what a page with two translations takes in the file (some 480 bytes), so that the buffer seldom grows.</summary>
    private const int BytesPerPage = 512;

    private static void Alternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>
    /// <c>robots.txt</c>: everything may be crawled, and the sitemap is here. Crawlers only read it at the root of a host,
    /// so it takes effect when the base URL has no path.
    /// </summary>
    public static string Robots(SiteSettings settings) =>
        $"User-agent: *\nDisallow:\n\nSitemap: {settings.AbsoluteUrl(settings.BasePath + FileName)}\n";
}
