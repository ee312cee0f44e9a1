using Guidance.Engine;
using Guidance.Site;

namespace Guidance.Cli;

/// <summary><c>guidance translations</c>: prints <see cref="TranslationReport"/>; exit code 1 when the content has errors (printed as <c>check</c> prints them).</summary>
public static class TranslationsCommand
{
    public static int Run(SitePaths paths, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            foreach (var line in TranslationReport.Lines(TranslationReport.Run(paths))) stdout.WriteLine(line);
            return GuidanceCommand.Success;
        }
        catch (ContentException e)
        {
            stderr.WriteLine(e.Error);
            stderr.WriteLine(Say.TranslationsFailed(1));
            return GuidanceCommand.ContentErrors;
        }
        catch (BuildFailedException e)
        {
            foreach (var error in e.Errors) stderr.WriteLine(error);
            stderr.WriteLine(Say.TranslationsFailed(e.Errors.Count));
            return GuidanceCommand.ContentErrors;
        }
        catch (Exception e)
        {
            return GuidanceCommand.InternalError(e, stderr);
        }
    }
}
