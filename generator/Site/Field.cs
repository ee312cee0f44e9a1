namespace Guidance.Site;

/// <summary>
/// A front matter key a content type accepts. <paramref name="RefersTo"/> names the kinds whose ids the value lists
/// (checked against every page once all are read); <paramref name="Keys"/> are the sub-keys a mapping may have.
/// </summary>
public sealed record Field(string Key, FieldType Type = FieldType.Text, bool Required = false, IReadOnlyList<string>? Allowed = null,
    IReadOnlyList<string>? RefersTo = null, IReadOnlyList<Field>? Keys = null);
