using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Guidance.Engine;

/// <summary>
/// Streaming (<see cref="Engine.Streaming"/>): post-process and output document by document, and the pages a
/// <see cref="Rerun.RenderPriority"/> puts first, rendered ahead of the others.
/// </summary>
public sealed partial class Engine
{
    /// <summary>Post-process and output of one pipeline, document by document where every module allows it (see <see cref="Streaming"/>).</summary>
    private IReadOnlyList<Document> Stream(Pipeline pipeline, IReadOnlyList<Document> documents, BuildContext postProcess, BuildContext output,
        ConcurrentQueue<StepTiming> timings)
    {
        var steps = StreamSteps(pipeline, postProcess, output);
        if (steps is null)
        {
            var processed = RunModules(pipeline, Phase.PostProcess, documents, postProcess, timings);
            return [.. RunModules(pipeline, Phase.Output, processed, output, timings).Select(WithoutContent)];
        }
        var ticks = new long[steps.Count];
        var results = new List<Document>[documents.Count];
        var ahead = _ahead.GetValueOrDefault(pipeline.Name) ?? [];
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = postProcess.CancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            results[i] = ahead.TryGetValue(i, out var done) ? done : RunTimedSteps(pipeline, steps, documents[i], ticks);
        });
        for (var step = 0; step < steps.Count; step++)
            timings.Enqueue(new StepTiming(Phase.PostProcess.ToString(), pipeline.Name, steps[step].Module.GetType().Name + " (streamed, summed over threads)",
                TimeSpan.FromSeconds(ticks[step] / (double)System.Diagnostics.Stopwatch.Frequency)));
        return [.. results.SelectMany(r => r)];
    }

    /// <summary>The documents <see cref="Rerun.RenderPriority"/> puts first, post-processed and written before the phase starts.</summary>
    private Dictionary<string, Dictionary<int, List<Document>>> RenderAhead(IReadOnlyList<Pipeline> order,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> documents, IReadOnlyDictionary<string, IReadOnlyList<Document>> visible,
        ErrorLog errors, ConcurrentQueue<StepTiming> timings, CancellationToken cancellationToken)
    {
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
        var writtenAfter = new ConcurrentDictionary<int, TimeSpan>();
        var done = new ConcurrentBag<(string Pipeline, int Index, List<Document> Results)>();
        Parallel.ForEach(Partitioner.Create(wanted, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, w =>
        {
            done.Add((w.Pipeline.Name, w.Index, RunTimedSteps(w.Pipeline, w.Steps, documents[w.Pipeline.Name][w.Index], new long[w.Steps.Count])));
            if (Interlocked.Decrement(ref left[w.Priority].Value) == 0) writtenAfter[w.Priority] = System.Diagnostics.Stopwatch.GetElapsedTime(_started);
        });
        foreach (var (priority, after) in writtenAfter.OrderByDescending(p => p.Key))
            timings.Enqueue(new StepTiming(Phase.PostProcess.ToString(), StepTiming.WholeStage,
                $"{counts[priority]} page(s) of priority {priority} written, after", after));
        var ahead = new Dictionary<string, Dictionary<int, List<Document>>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pipeline, index, results) in done)
            (ahead.TryGetValue(pipeline, out var byIndex) ? byIndex : ahead[pipeline] = [])[index] = results;
        return ahead;
    }

    /// <summary>The post-process and output modules of a pipeline, when every one of them can take one document at a time.</summary>
    private static List<(DocumentModule Module, BuildContext Context)>? StreamSteps(Pipeline pipeline, BuildContext postProcess, BuildContext output)
    {
        var steps = pipeline.PostProcessModules.Select(m => (Module: m, Context: postProcess))
            .Concat(pipeline.OutputModules.Select(m => (Module: m, Context: output))).ToList();
        return steps.All(s => s.Module is DocumentModule { CanStream: true })
            ? steps.ConvertAll(s => ((DocumentModule)s.Module, s.Context))
            : null;
    }

    /// <summary>How long each page (by destination) took to post-process and write in the last run, in an engine that runs again.</summary>
    private readonly ConcurrentDictionary<string, long> _lastRenderTicks = new(StringComparer.Ordinal);

    private List<Document> RunTimedSteps(Pipeline pipeline, List<(DocumentModule Module, BuildContext Context)> steps, Document document, long[] ticks)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var results = RunSteps(pipeline, steps, document, ticks);
        if (RunsAgain && document.Destination is { } destination)
            _lastRenderTicks[destination] = System.Diagnostics.Stopwatch.GetTimestamp() - started;
        return results;
    }

    private static List<Document> RunSteps(Pipeline pipeline, List<(DocumentModule Module, BuildContext Context)> steps, Document document, long[] ticks)
    {
        List<Document> current = [document];
        for (var step = 0; step < steps.Count; step++)
        {
            var (module, context) = steps[step];
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var next = new List<Document>(current.Count);
            foreach (var item in current)
            {
                try { next.AddRange(module.ExecuteOne(item, context)); }
                catch (ContentException e) { context.Report(e.Error); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw new ModuleFailedException(pipeline.Name, context.Phase, module.GetType().Name, e);
                }
            }
            Interlocked.Add(ref ticks[step], System.Diagnostics.Stopwatch.GetTimestamp() - started);
            current = next;
        }
        return current.ConvertAll(WithoutContent);
    }

    /// <summary>A written document as the result keeps it: its content is on disk, and holding every page's would cost memory.</summary>
    private static Document WithoutContent(Document document) => document.Content.Length == 0 ? document : document with { Content = "" };
}
