using Guidance.Engine;
using Guidance.Modules.IO;
using Guidance.Modules.Metadata;

namespace Guidance.Site;

/// <summary>
/// Every content type of a site: the built-in ones below, then those the site declares in <c>input/content-types.yml</c>
/// (<see cref="Load"/>). The order is the nav's order.
/// </summary>
public sealed class ContentTypes
{
    /// <summary>Keys every Markdown page may have.</summary>
    public static readonly Field[] CommonFields = [new("id", Required: true), new("title", Required: true), new("summary"), new("slug"), new("layout"), new("RedirectFrom", FieldType.List), Drafts.Field,
        new(TranslationStatus.CheckedKey, FieldType.Date)];

    public static readonly string[] Perspectives = ["family", "social-worker", "child", "network", "organisation"];
    public static readonly string[] EvidenceTypes = ["qualitative", "review", "trial", "trial-data", "case-study", "evaluation", "project-study"];

    /// <summary>What a finding's "what the study found" rests on; the evidence-labels page explains each.</summary>
    public static readonly string[] Bases = ["result", "indication", "background", "authors-view", "interpretation"];

    public static readonly ContentType Theme = new(Kinds.Theme, "themes", CommonFields, "themes",
        IndexTitleKey: "nav.themes", InNav: true, Searched: true, InWhatsNew: true);

    public static readonly ContentType Recommendation = new(Kinds.Recommendation, "guidance", [
        .. CommonFields, new("findings", FieldType.List, Required: true, RefersTo: [Kinds.Finding]), new("themes", FieldType.List, RefersTo: [Kinds.Theme]), .. Review.Fields],
        "guidance", IndexTitleKey: "nav.guidance", InNav: true, Searched: true, InWhatsNew: true, StructuredData: JsonLd.Work(basedOn: "findings"), Rules: Review.Problems);

    public static readonly ContentType Finding = new(Kinds.Finding, "findings", [
        .. CommonFields, new("study", Required: true, RefersTo: [Kinds.Study]), new("themes", FieldType.List, Required: true, RefersTo: [Kinds.Theme]),
        new("perspective", Required: true, Allowed: Perspectives), new("evidence", Required: true, Allowed: EvidenceTypes),
        new("basis", Required: true, Allowed: Bases), Confidence.Field, .. Review.Fields],
        "findings", IndexTitleKey: "nav.findings", InNav: true, Searched: true, InWhatsNew: true,
        StructuredData: JsonLd.Work(basedOn: "study"), Rules: page => [.. Confidence.Problems(page), .. Review.Problems(page)]);

    public static readonly ContentType Study = new(Kinds.Study, "studies", [
        new("id", Required: true), new("title", FieldType.Localized, Required: true), new("original_title"), new("authors", FieldType.List),
        new("organisation"), new("year"), new("published", FieldType.Date), new("venue"), new("volume"), new("issue"), new("pages"),
        new("place"), new("country", Required: true, Allowed: ["DK", "NO"]), new("language", Required: true), new("type", Allowed: ["article", "report"]),
        new("peer_reviewed", Allowed: ["true", "false"]), new("design", FieldType.Localized, Required: true), new("sample", FieldType.Localized, Required: true),
        new("note", FieldType.Localized, Required: true), new("summary", FieldType.Localized), new("doi"), new("isbn"), new("url", FieldType.WebAddress), new("registry"),
        new("funding", FieldType.Localized), new("slug", FieldType.Localized), new("RedirectFrom", FieldType.List), Drafts.Field],
        "studies", ContentFormat.Yaml, IndexTitleKey: "nav.studies", InNav: true, Searched: true, StructuredData: JsonLd.Publication);

    public static readonly ContentType Page = new(Kinds.Page, "pages", CommonFields, "", Searched: true);

    public static readonly ContentType Course = new(Kinds.Course, "courses", [
        .. CommonFields, new("items", FieldType.List, Required: true, RefersTo: [Kinds.Finding, Kinds.Recommendation])],
        "courses", IndexTitleKey: "courses.title", InNav: true, Searched: true);

    /// <summary>
    /// Entries of <c>glossary.yml</c> (the list under <c>terms:</c>), each an id and, under every language, its term,
    /// definition and inflected forms (a list): every key but the id is written once per language.
    /// </summary>
    public static readonly ContentType Glossary = new(Kinds.Glossary, "glossary.yml", [
        new("id", Required: true), new("term", FieldType.Localized, Required: true), new("definition", FieldType.Localized, Required: true),
        new("forms", FieldType.List)],
        "glossary", ContentFormat.SingleFile, Searched: true);

    public static readonly IReadOnlyList<ContentType> BuiltIn = [Theme, Recommendation, Finding, Study, Page, Course, Glossary];

    /// <summary>The file a site declares its own content types in, under <c>input/</c>.</summary>
    public const string FileName = "content-types.yml";

    private readonly Dictionary<string, ContentType> _byKind;

    public ContentTypes(IReadOnlyList<ContentType> all, IReadOnlyList<(string Lang, string Key, string Value)>? labels = null)
    {
        All = all;
        Labels = labels ?? [];
        _byKind = all.SelectMany(t => new[] { (t.Kind, t), (t.IndexKind, t) }).DistinctBy(x => x.Item1).ToDictionary(x => x.Item1, x => x.t, StringComparer.Ordinal);
    }

    public IReadOnlyList<ContentType> All { get; }

    /// <summary>The UI strings the site's own declarations bring (<c>label</c>, <c>label_singular</c>), by language.</summary>
    public IReadOnlyList<(string Lang, string Key, string Value)> Labels { get; }

    /// <summary>The type of a kind of page, or of its list page; null for a page the site makes itself.</summary>
    public ContentType? Of(string kind) => _byKind.GetValueOrDefault(kind);

    /// <summary>The built-in types and those <c>input/content-types.yml</c> declares; a mistake there is an error at its line.</summary>
    public static ContentTypes Load(FileSystem fileSystem, IReadOnlyList<string> languages)
    {
        var file = fileSystem.GetFile(FileName);
        return file is null ? new ContentTypes(BuiltIn) : ContentTypeDeclarations.Read(ReadFiles.ReadText(file), file.DisplayPath, languages);
    }
}
