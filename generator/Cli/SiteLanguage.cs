using Guidance.Site;

namespace Guidance.Cli;

/// <summary>The default language of the site a command line is about, read before the command runs, so that it can speak it.</summary>
public static class SiteLanguage
{
    /// <summary>
    /// <c>DefaultLanguage</c> of the settings file the arguments name (<c>--config</c>) or of the default one; null when
    /// the file is missing or broken (the command itself then says what is wrong with it).
    /// </summary>
    public static string? DefaultOf(IReadOnlyList<string> args)
    {
        var config = SitePaths.Default().Config;
        for (var i = 0; i < args.Count; i++)
            if (args[i] == "--config" && i + 1 < args.Count) config = Path.GetFullPath(args[i + 1]);
            else if (args[i].StartsWith("--config=", StringComparison.Ordinal) || args[i].StartsWith("--config:", StringComparison.Ordinal))
                config = Path.GetFullPath(args[i]["--config=".Length..]);
        try { return SiteSettings.Load(config).DefaultLanguage; }
        catch (Exception) { return null; } // whatever is wrong with the file, the command reports it in its place
    }
}
