namespace Guidance.Engine;

/// <summary>
/// The engine's one hook for running again on the same input after edits (the preview server, <c>Site/Live</c>), set on
/// <see cref="Engine.Rerun"/> before each run. With it, modules that depend only on their document remember what they made
/// (<see cref="DocumentModule"/>) and reading reuses unchanged files. An engine without it runs once and remembers
/// nothing: remembering would only keep every intermediate document in memory until the end.
/// </summary>
/// <param name="ChangedFiles">
/// The full paths of the input files changed since the last run, as a file watcher reported them, so that reading can
/// skip listing and comparing every other file (<see cref="Modules.IO.ReadFiles"/>); null when not known (the first run,
/// a whole build), and then every file is listed and compared.
/// </param>
/// <param name="RenderPriority">
/// When streaming, which documents to post-process and write before all others, across pipelines: started highest number
/// first, as many at once as there are cores; the rest (0) after, in parallel. Null for no order.
/// </param>
/// <param name="ChangeSeen">
/// When the first of <paramref name="ChangedFiles"/> was seen to change (a <see cref="System.Diagnostics.Stopwatch"/>
/// timestamp), so that the times the prioritised documents were written are told from the save, as an editor waits for
/// them, rather than from the run's start; null to tell them from the run's start.
/// </param>
/// <param name="Written">
/// Told as soon as every document of one priority of <paramref name="RenderPriority"/> is written, with what they made
/// (each priority once, in the order they finish), while the rest of the run goes on: the preview server reloads the
/// pages an editor waits for without waiting for the rest. Called on the thread that wrote the last of them: keep it short.
/// </param>
public sealed record Rerun(IReadOnlySet<string>? ChangedFiles = null, Func<Document, BuildContext, int>? RenderPriority = null, long? ChangeSeen = null,
    Action<IReadOnlyList<Document>>? Written = null)
{
    /// <summary>The stage of the timings (<c>--timings</c>) that tells when a rerun wrote what an editor waits for.</summary>
    public const string TimingStage = "Rerun";
}
