namespace Guidance.Site;

/// <summary>
/// What a content type's pages say of themselves in schema.org JSON-LD (<see cref="StructuredData"/>): a
/// <see cref="Work"/> is a CreativeWork in the page's language, about its themes and based on the pages a field of it
/// refers to; a <see cref="Publication"/> describes the publication a page is about (a study: a ScholarlyArticle or
/// Report, from its reference). Plain data, so that <c>input/content-types.yml</c> can declare it too.
/// </summary>
/// <param name="BasedOn">The key whose referenced pages the page rests on (<c>isBasedOn</c>): one page for a text field, a list for a list.</param>
public sealed record JsonLd(JsonLdShape Shape, string? BasedOn = null)
{
    public static JsonLd Work(string? basedOn = null) => new(JsonLdShape.Work, basedOn);

    public static readonly JsonLd Publication = new(JsonLdShape.Publication);
}
