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
    public static string Write(IEnumerable<Document> pages, SiteModel model)
    {
        var settings = model.Settings;
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var page in pages.OrderBy(p => p.PageUrl(), StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, settings.AbsoluteUrl(page.PageUrl()));
                var versions = model.Versions(page.PageId());
                if (versions.Count > 1)
                {
                    foreach (var lang in settings.Languages.Where(versions.ContainsKey))
                        Alternate(xml, lang, settings.AbsoluteUrl(versions[lang].PageUrl()));
                    if (versions.TryGetValue(settings.DefaultLanguage, out var fallback))
                        Alternate(xml, "x-default", settings.AbsoluteUrl(fallback.PageUrl()));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

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
