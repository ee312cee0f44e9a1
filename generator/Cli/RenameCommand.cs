using System.CommandLine;
using Guidance.Site;
using Guidance.Site.Renaming;

namespace Guidance.Cli;

/// <summary><c>guidance rename &lt;old-id&gt; &lt;new-id&gt; [--dry-run]</c>: see <see cref="PageRename"/>.</summary>
public static class RenameCommand
{
    public static Command Create(Option<string?> input, Option<string?> theme, Option<string?> config, Func<ParseResult, SitePaths> pathsOf,
        TextWriter stdout, TextWriter stderr)
    {
        var oldId = new Argument<string>("old-id") { Description = Say.OldIdArgument };
        var newId = new Argument<string>("new-id") { Description = Say.NewIdArgument };
        var dryRun = new Option<bool>("--dry-run") { Description = Say.DryRunOption };
        var command = new Command("rename", Say.RenameCommand)
            { oldId, newId, dryRun, input, theme, config };
        command.SetAction(r =>
        {
            var (from, to, dry) = (r.GetValue(oldId)!, r.GetValue(newId)!, r.GetValue(dryRun));
            try
            {
                var (files, warnings) = new PageRename(pathsOf(r)).Run(from, to, dry);
                foreach (var warning in warnings) stderr.WriteLine(warning);
                foreach (var file in files) stdout.WriteLine(RenameMessages.Line(file));
                stdout.WriteLine(dry ? Say.RenameDryRun(from, to, files.Count) : Say.Renamed(from, to, files.Count));
                return GuidanceCommand.Success;
            }
            catch (UsageException e)
            {
                stderr.WriteLine($"guidance: {e.Message}");
                return GuidanceCommand.UsageError;
            }
            catch (Engine.ContentException e)
            {
                stderr.WriteLine(e.Error);
                return GuidanceCommand.ContentErrors;
            }
            catch (Engine.BuildFailedException e)
            {
                foreach (var error in e.Errors) stderr.WriteLine(error);
                return GuidanceCommand.ContentErrors;
            }
            catch (Exception e)
            {
                return GuidanceCommand.InternalError(e, stderr);
            }
        });
        return command;
    }
}
