namespace Guidance.Site;

/// <summary>
/// What a front matter value must look like. <see cref="Localized"/> holds one value per language (a study file);
/// <see cref="Mapping"/> holds the sub-keys its <see cref="Field.Keys"/> allow.
/// </summary>
public enum FieldType { Text, List, Localized, Date, WebAddress, Mapping }
