namespace Guidance.Site;

/// <summary>
/// CLDR plural categories for whole numbers (counts). Danish, English, Norwegian and most languages of the region say
/// "one" for 1 and "other" for everything else; a language with other rules is added here with its categories.
/// </summary>
public static class PluralRules
{
    /// <summary>The categories a language's strings must give a form for.</summary>
    public static IReadOnlyList<string> CategoriesOf(string language) => ["one", "other"];

    public static string CategoryOf(string language, long count) => count == 1 ? "one" : "other";
}
