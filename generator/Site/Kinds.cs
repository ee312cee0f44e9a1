namespace Guidance.Site;

/// <summary>
/// The kinds of page, named once. Content kinds are declared in <see cref="ContentTypes"/>; the others are pages the
/// site makes itself. A kind is also the name of its layout (<c>layouts/&lt;kind&gt;.html</c>) and the body's class.
/// </summary>
public static class Kinds
{
    // Content types (ContentTypes.BuiltIn).
    public const string Study = "study", Finding = "finding", Theme = "theme", Recommendation = "recommendation",
        Page = "page", Course = "course", Glossary = "glossary";

    // Pages the site makes itself.
    public const string Home = "home", Root = "root", Search = "search", WhatsNew = "whats-new", EvidenceMap = "evidence-map", CourseHandout = "course-handout",
        Changelog = "changelog", Pack = "pack";
}
