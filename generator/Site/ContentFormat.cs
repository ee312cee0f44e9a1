namespace Guidance.Site;

/// <summary>How a content type's files hold its pages.</summary>
public enum ContentFormat
{
    /// <summary><c>&lt;folder&gt;/**/&lt;slug&gt;.&lt;lang&gt;.md</c>: one Markdown file per page and language.</summary>
    Markdown,
    /// <summary><c>&lt;folder&gt;/&lt;id&gt;.yml</c>: one YAML file per page, its localised fields holding every language.</summary>
    Yaml,
    /// <summary>One YAML file holding every entry in every language (the glossary).</summary>
    SingleFile,
}
