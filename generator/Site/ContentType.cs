using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// One kind of content, declared once: where its files are, what their front matter may say, where its pages are
/// published and where the site lists them. Pipelines, validation, the nav, sections, search and what's new are
/// derived from it; being plain data, it can also describe an editor's form (a git-based CMS's collection).
/// </summary>
/// <param name="Source">Under <c>input/</c>: the folder of its files, or the file itself for <see cref="ContentFormat.SingleFile"/>.</param>
/// <param name="Section">The URL folder of its pages (<c>/&lt;lang&gt;/&lt;section&gt;/&lt;slug&gt;/</c>); empty for pages at the top.</param>
/// <param name="IndexTitleKey">The UI string titling its list page (<c>/&lt;lang&gt;/&lt;section&gt;/</c>) and its nav entry; null for no list page.</param>
/// <param name="StructuredData">What its pages say of themselves in schema.org JSON-LD; null for none.</param>
/// <param name="Rules">Rules across the keys of one file, each problem as the key it is reported at and a message (a finding's confidence and its evidence).</param>
public sealed record ContentType(string Kind, string Source, IReadOnlyList<Field> Fields, string Section,
    ContentFormat Format = ContentFormat.Markdown, string? IndexTitleKey = null,
    bool InNav = false, bool Searched = false, bool InWhatsNew = false, bool InSitemap = true, JsonLd? StructuredData = null,
    Func<Document, IEnumerable<(string Key, string Message)>>? Rules = null)
{
    /// <summary>The kind of its list page, also that page's id and layout (<c>findings-index</c>).</summary>
    public string IndexKind => Section + "-index";

    /// <summary>The UI string naming one page of the type (the kicker of a page, the kind in search results and what's new).</summary>
    public string NameKey => "kind." + Kind;

    /// <summary>The name of the pipeline that reads its files.</summary>
    public string PipelineName => Path.GetFileNameWithoutExtension(Source);

    public Field? FieldOf(string key) => Fields.FirstOrDefault(f => f.Key.Equals(key, StringComparison.OrdinalIgnoreCase));
}
