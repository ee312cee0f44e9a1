using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Guidance.Engine;

/// <summary>
/// Running again on the same input after edits (the preview server): everything the engine does only then, behind its
/// one hook, <see cref="Rerun"/>. Modules see the hook as <see cref="BuildContext.Rerun"/>: reading reuses unchanged
/// files and per-document modules remember what they made.
/// </summary>
public sealed partial class Engine
{
    /// <summary>Set before each run of an engine that runs again after edits; null for an engine that runs once.</summary>
    public Rerun? Rerun { get; set; }

    private bool RunsAgain => Rerun is not null;

    /// <summary>Documents already post-processed and written ahead of the others in this run, by pipeline and position.</summary>
    private Dictionary<string, Dictionary<int, List<Document>>> _ahead = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The documents <see cref="Rerun.RenderPriority"/> puts first, post-processed and written before the phase starts.</summary>
    private Dictionary<string, Dictionary<int, List<Document>>> RenderAhead(IReadOnlyList<Pipeline> order,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> documents, IReadOnlyDictionary<string, IReadOnlyList<Document>> visible,
        ErrorLog errors, ConcurrentQueue<StepTiming> timings, CancellationToken cancellationToken)
    {
        var ahead = new Dictionary<string, Dictionary<int, List<Document>>>(StringComparer.OrdinalIgnoreCase);
        if (!Streaming || Rerun?.RenderPriority is null) return ahead;
        var wanted = new List<(int Priority, Pipeline Pipeline, int Index, List<(DocumentModule, BuildContext)> Steps)>();
        foreach (var pipeline in order)
        {
            var postProcess = new BuildContext(Services, pipeline, Phase.PostProcess, visible, errors, cancellationToken, Rerun);
            if (StreamSteps(pipeline, postProcess, new BuildContext(Services, pipeline, Phase.Output, visible, errors, cancellationToken, Rerun)) is not { } steps) continue;
            var list = documents[pipeline.Name];
            for (var i = 0; i < list.Count; i++)
                if (Rerun!.RenderPriority!(list[i], postProcess) is > 0 and var priority) wanted.Add((priority, pipeline, i, steps));
        }
        // One pass, taken one page at a time, highest priority first and, within a priority, the pages that took longest
        // the last time: a core that would wait for the last page of a priority starts on the next one instead, and the
        // findings index, the longest by far, does not start last.
        long LastTime((int Priority, Pipeline Pipeline, int Index, List<(DocumentModule, BuildContext)> Steps) w) =>
            documents[w.Pipeline.Name][w.Index].Destination is { } destination ? _lastRenderTicks.GetValueOrDefault(destination) : 0;
        wanted.Sort((a, b) => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority) : LastTime(b).CompareTo(LastTime(a)));
        var counts = wanted.CountBy(w => w.Priority).ToDictionary();
        var left = counts.ToDictionary(c => c.Key, c => new StrongBox<int>(c.Value));
        // Told from the save where the caller knows it: the figure an editor waits for (bench/serve_latency.py reads it).
        var (since, from) = Rerun.ChangeSeen is { } seen ? (seen, "the change was seen") : (_started, "the run started");
        var writtenAfter = new ConcurrentDictionary<int, TimeSpan>();
        var slowest = new ConcurrentDictionary<int, (TimeSpan Took, string? Page)>();
        var done = new ConcurrentBag<(string Pipeline, int Index, int Priority, List<Document> Results)>();
        Parallel.ForEach(Partitioner.Create(wanted, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, w =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var page = documents[w.Pipeline.Name][w.Index];
            done.Add((w.Pipeline.Name, w.Index, w.Priority, RunTimedSteps(w.Steps, page, new long[w.Steps.Count])));
            var took = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            slowest.AddOrUpdate(w.Priority, (took, page.Destination), (_, was) => was.Took >= took ? was : (took, page.Destination));
            if (Interlocked.Decrement(ref left[w.Priority].Value) != 0) return;
            writtenAfter[w.Priority] = System.Diagnostics.Stopwatch.GetElapsedTime(since);
            // Every page of this priority is in the bag by now: each added its own before counting itself off.
            Rerun.Written?.Invoke([.. done.Where(d => d.Priority == w.Priority).SelectMany(d => d.Results)]);
        });
        foreach (var (priority, after) in writtenAfter.OrderByDescending(p => p.Key))
        {
            timings.Enqueue(new StepTiming(Rerun.TimingStage, StepTiming.WholeStage, $"{counts[priority]} page(s) of priority {priority} written, after {from}", after));
            // Where the time between the priorities goes: mostly one long list page (bench/RESULTS.md).
            timings.Enqueue(new StepTiming(Rerun.TimingStage, StepTiming.WholeStage, $"the longest of priority {priority} to render and write: {slowest[priority].Page}", slowest[priority].Took));
        }
        foreach (var (pipeline, index, _, results) in done)
            (ahead.TryGetValue(pipeline, out var byIndex) ? byIndex : ahead[pipeline] = [])[index] = results;
        return ahead;
    }

    /// <summary>How long each page (by destination) took to post-process and write in the last run, in an engine that runs again.</summary>
    private readonly ConcurrentDictionary<string, long> _lastRenderTicks = new(StringComparer.Ordinal);

    private List<Document> RunTimedSteps(List<(DocumentModule Module, BuildContext Context)> steps, Document document, long[] ticks)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        List<Document> results = [.. DocumentModule.HandleSteps(steps, document, ticks).Select(WithoutContent)];
        if (RunsAgain && document.Destination is { } destination)
            _lastRenderTicks[destination] = System.Diagnostics.Stopwatch.GetTimestamp() - started;
        return results;
    }
}
