namespace Guidance.Messages;

/// <summary>
/// Every message the tool prints to its user, in English and Danish: one entry per message, both languages side by
/// side, so a message cannot exist in one language only and its arguments are the same in both (the compiler checks
/// the names; <c>SayTests</c> checks that each argument appears in both texts). The entries are split by the layer that
/// prints them (Say.Engine.cs, Say.Modules.cs, Say.Site.cs, Say.Cli.cs); this namespace imports nothing, so every layer
/// may use it. The language is <see cref="MessageLanguage.Current"/>.
/// <para>To add a message: one entry in the file of its layer, e.g.
/// <c>public static string UnknownTheme(string id, string hint) => T($"unknown theme '{id}'{hint}", $"ukendt tema '{id}'{hint}");</c>
/// and call <c>Say.UnknownTheme(id, hint)</c> where the literal was.</para>
/// </summary>
public static partial class Say
{
    /// <summary>The text in the current language.</summary>
    private static string T(string english, string danish) => MessageLanguage.IsDanish ? danish : english;
}
