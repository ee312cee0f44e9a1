namespace Guidance.Messages;

/// <summary>
/// The language the tool speaks to its user: <c>en</c> or <c>da</c>. The CLI chooses it once per run
/// (<see cref="Choose"/>) and sets it for everything that run does (<see cref="Use"/>); code that runs without the CLI
/// (a test calling a module) gets English. It flows with the run (an <see cref="AsyncLocal{T}"/>, which tasks and
/// timers started inside the run inherit), so two runs in one process, as in the tests, may speak different languages.
/// </summary>
public static class MessageLanguage
{
    public const string English = "en", Danish = "da";

    /// <summary>Set to <c>en</c> or <c>da</c>, it overrides everything else.</summary>
    public const string Variable = "GUIDANCE_LANG";

    private static readonly AsyncLocal<string?> CurrentValue = new();

    public static string Current => CurrentValue.Value ?? English;

    public static bool IsDanish => Current == Danish;

    /// <summary>Speaks <paramref name="language"/> until the result is disposed.</summary>
    public static IDisposable Use(string language)
    {
        var previous = CurrentValue.Value;
        CurrentValue.Value = language;
        return new Restore(() => CurrentValue.Value = previous);
    }

    /// <summary>
    /// <c>GUIDANCE_LANG</c> when it is <c>da…</c> or <c>en…</c>; otherwise Danish when the site's default language is
    /// Danish, or when the locale (the first of <c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c> that is set) is;
    /// otherwise English.
    /// </summary>
    public static string Choose(string? siteDefaultLanguage, Func<string, string?> environment)
    {
        if (Known(environment(Variable)) is { } chosen) return chosen;
        if (Known(siteDefaultLanguage) == Danish) return Danish;
        var locale = new[] { "LC_ALL", "LC_MESSAGES", "LANG" }.Select(environment).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        return Known(locale) == Danish ? Danish : English;
    }

    private static string? Known(string? value) =>
        value is null ? null
        : value.StartsWith(Danish, StringComparison.OrdinalIgnoreCase) ? Danish
        : value.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English
        : null;

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
