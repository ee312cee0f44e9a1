using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Guidance.Engine;

/// <summary>Streaming (<see cref="Engine.Streaming"/>): post-process and output document by document.</summary>
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
            results[i] = ahead.TryGetValue(i, out var done) ? done : RunTimedSteps(steps, documents[i], ticks);
        });
        for (var step = 0; step < steps.Count; step++)
            timings.Enqueue(new StepTiming(Phase.PostProcess.ToString(), pipeline.Name, steps[step].Module.GetType().Name + " (streamed, summed over threads)",
                TimeSpan.FromSeconds(ticks[step] / (double)System.Diagnostics.Stopwatch.Frequency)));
        return [.. results.SelectMany(r => r)];
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

    /// <summary>A written document as the result keeps it: its content is on disk, and holding every page's would cost memory.</summary>
    private static Document WithoutContent(Document document) => document.Content.Length == 0 ? document : document with { Content = "" };
}
