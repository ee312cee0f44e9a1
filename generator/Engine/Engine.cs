using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Guidance.Engine;

/// <summary>The outcome of a successful run: every pipeline's final documents and any warnings.</summary>
public sealed record EngineResult(IReadOnlyDictionary<string, IReadOnlyList<Document>> Outputs, IReadOnlyList<ContentError> Warnings,
    IReadOnlyList<StepTiming> Timings);

/// <summary>How long one step took (a module of a pipeline in a phase, or a whole phase), for <c>--timings</c>.</summary>
public sealed record StepTiming(string Stage, string Pipeline, string Step, TimeSpan Elapsed)
{
    public const string WholeStage = "(whole)";
}

/// <summary>
/// Orders pipelines by their dependencies and runs each phase for all pipelines before the next,
/// as Statiq does. Independent pipelines run at the same time; a pipeline's process phase starts
/// when its dependencies' process phases are done. A phase that reported errors stops the run.
/// </summary>
public sealed partial class Engine(EngineServices services)
{
    public List<Pipeline> Pipelines { get; } = [];
    public EngineServices Services { get; } = services;

    /// <summary>
    /// Runs post-process and output as one pass, document by document, for every pipeline whose modules in those two
    /// phases all work per document: a page is written as soon as it is rendered, and the result keeps each final
    /// document without its content, so a large site's pages are never all in memory at once. The price: output starts
    /// before every page is rendered, so a build that fails in post-process may already have written some pages. Use it
    /// only where a failed build's output is thrown away (a staged build) or nothing is written (a check).
    /// </summary>
    public bool Streaming { get; init; }

    private long _started;

    public EngineResult Execute(CancellationToken cancellationToken = default)
    {
        _started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var lookups = Services.FileSystem.RememberLookups();
        var order = OrderByDependencies(Pipelines);
        var errors = new ErrorLog();
        var timings = new ConcurrentQueue<StepTiming>();
        IReadOnlyDictionary<string, IReadOnlyList<Document>> current =
            order.ToDictionary(p => p.Name, _ => (IReadOnlyList<Document>)[], StringComparer.OrdinalIgnoreCase);
        IReadOnlyDictionary<string, IReadOnlyList<Document>> processed = current;

        foreach (var phase in Enum.GetValues<Phase>())
        {
            if (Streaming && phase == Phase.Output) continue; // ran with post-process
            var visible = phase == Phase.PostProcess || phase == Phase.Output ? processed : null;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var cpu = Environment.CpuUsage.TotalTime;
            _ahead = phase == Phase.PostProcess ? RenderAhead(order, current, processed, errors, timings, cancellationToken) : [];
            // The files as read are handed over to the process phase (see Take) and nothing else keeps them.
            if (phase == Phase.Process) current = new ConcurrentDictionary<string, IReadOnlyList<Document>>(current, StringComparer.OrdinalIgnoreCase);
            current = RunPhase(phase, order, current, visible, errors, timings, cancellationToken);
            timings.Enqueue(new StepTiming(phase.ToString(), StepTiming.WholeStage, StepTiming.WholeStage, clock.Elapsed));
            // Steadier than the phase's wall time on a busy machine, and it shows how well the cores were kept busy.
            timings.Enqueue(new StepTiming(phase.ToString(), StepTiming.WholeStage, "CPU time, all threads", Environment.CpuUsage.TotalTime - cpu));
            if (phase == Phase.Process) processed = current;
            if (errors.HasErrors) throw new BuildFailedException(errors.Sorted().Where(e => e.Severity == Severity.Error).ToList());
        }
        return new EngineResult(current, errors.Sorted(), [.. timings]);
    }

    private Dictionary<string, IReadOnlyList<Document>> RunPhase(Phase phase, IReadOnlyList<Pipeline> order,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> previous,
        IReadOnlyDictionary<string, IReadOnlyList<Document>>? visible, ErrorLog errors, ConcurrentQueue<StepTiming> timings,
        CancellationToken cancellationToken)
    {
        var results = new ConcurrentDictionary<string, IReadOnlyList<Document>>(StringComparer.OrdinalIgnoreCase);
        var tasks = new Dictionary<string, Task>(StringComparer.OrdinalIgnoreCase);
        var last = phase == Phase.PostProcess ? order.Where(p => p.PostProcessLast).ToList() : [];
        foreach (var pipeline in order.Except(last).Concat(last))
        {
            // Only the process phase waits for dependencies: that is where a pipeline reads another's documents.
            var waits = phase == Phase.Process ? pipeline.Dependencies.Select(d => tasks[d]).ToArray()
                : pipeline.PostProcessLast && phase == Phase.PostProcess ? order.Where(p => !p.PostProcessLast).Select(p => tasks[p.Name]).ToArray()
                : [];
            tasks[pipeline.Name] = Task.WhenAll(waits).ContinueWith(dependencies =>
            {
                if (!dependencies.IsCompletedSuccessfully) return; // the dependency's own failure is reported
                var context = new BuildContext(Services, pipeline, phase, visible ?? results, errors, cancellationToken, Rerun);
                results[pipeline.Name] = Streaming && phase == Phase.PostProcess
                    ? Stream(pipeline, previous[pipeline.Name], context,
                        new BuildContext(Services, pipeline, Phase.Output, visible ?? results, errors, cancellationToken, Rerun), timings)
                    : RunModules(pipeline, phase, Take(previous, pipeline.Name), context, timings);
            }, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Default);
        }
        try { Task.WaitAll(tasks.Values.ToArray(), cancellationToken); }
        catch (AggregateException e)
        {
            var first = e.Flatten().InnerExceptions.FirstOrDefault(x => x is not OperationCanceledException) ?? e.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }
        return new Dictionary<string, IReadOnlyList<Document>>(results, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A pipeline's documents from the phase before. Handed over (removed) where the phase before is not visible to
    /// anyone, so that each document is held by the step working on it only (<see cref="DocumentModule.ExecuteAll"/>):
    /// the text of a file as read is freed once its front matter is parsed, not after every file's is.
    /// </summary>
    private static IReadOnlyList<Document> Take(IReadOnlyDictionary<string, IReadOnlyList<Document>> previous, string pipeline) =>
        previous is ConcurrentDictionary<string, IReadOnlyList<Document>> handOver
            ? (handOver.TryRemove(pipeline, out var taken) ? taken : [])
            : previous[pipeline];

    private static IReadOnlyList<Document> RunModules(Pipeline pipeline, Phase phase, IReadOnlyList<Document> documents, BuildContext context,
        ConcurrentQueue<StepTiming> timings)
    {
        var modules = pipeline.ModulesOf(phase);
        for (var first = 0; first < modules.Count; first++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var chain = ChainFrom(modules, first);
            if (chain.Count > 1)
            {
                // Consecutive per-document modules as one pass (DocumentModule.ExecuteChain); each timed over all threads.
                var ticks = new long[chain.Count];
                documents = DocumentModule.ExecuteChain(chain, TakeAll(ref documents), context, ticks);
                for (var step = 0; step < chain.Count; step++)
                    timings.Enqueue(new StepTiming(phase.ToString(), pipeline.Name, chain[step].GetType().Name + " (one pass, summed over threads)",
                        TimeSpan.FromSeconds(ticks[step] / (double)System.Diagnostics.Stopwatch.Frequency)));
                first += chain.Count - 1;
                continue;
            }
            var module = modules[first];
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                documents = module is DocumentModule perDocument ? perDocument.ExecuteAll(TakeAll(ref documents), context) : module.Execute(documents, context);
                timings.Enqueue(new StepTiming(phase.ToString(), pipeline.Name, module.GetType().Name, System.Diagnostics.Stopwatch.GetElapsedTime(started)));
            }
            catch (ContentException e) { context.Report(e.Error); return []; }
            catch (Exception e) when (e is not OperationCanceledException and not ModuleFailedException)
            {
                throw new ModuleFailedException(pipeline.Name, phase, module.GetType().Name, e);
            }
        }
        return documents;
    }

    /// <summary>The modules from <paramref name="first"/> on that can go through the documents together: per-document modules running in parallel.</summary>
    private static List<DocumentModule> ChainFrom(List<IModule> modules, int first)
    {
        var chain = new List<DocumentModule>();
        for (var i = first; i < modules.Count && modules[i] is DocumentModule { CanStream: true } module; i++) chain.Add(module);
        return chain;
    }

    private static Document?[] TakeAll(ref IReadOnlyList<Document> documents)
    {
        var all = documents.ToArray();
        documents = [];
        return all;
    }

    /// <summary>Dependencies first; a cycle or an unknown name is a configuration error.</summary>
    public static IReadOnlyList<Pipeline> OrderByDependencies(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = new Dictionary<string, Pipeline>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in pipelines)
            if (!byName.TryAdd(p.Name, p)) throw new InvalidOperationException($"Two pipelines are named '{p.Name}'.");
        var ordered = new List<Pipeline>();
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false: visiting, true: done
        void Visit(Pipeline p, ImmutableStack<string> path)
        {
            if (state.TryGetValue(p.Name, out var done))
            {
                if (!done) throw new InvalidOperationException($"Pipelines depend on each other in a cycle: {string.Join(" -> ", path.Reverse().Append(p.Name))}.");
                return;
            }
            state[p.Name] = false;
            foreach (var name in p.Dependencies.Order(StringComparer.OrdinalIgnoreCase))
            {
                if (!byName.TryGetValue(name, out var dependency))
                    throw new InvalidOperationException($"Pipeline '{p.Name}' depends on '{name}', which does not exist.");
                Visit(dependency, path.Push(p.Name));
            }
            state[p.Name] = true;
            ordered.Add(p);
        }
        foreach (var p in pipelines) Visit(p, ImmutableStack<string>.Empty);
        return ordered;
    }
}

/// <summary>An unexpected failure inside a module: a bug, not a content error, so it names the module.</summary>
public sealed class ModuleFailedException(string pipeline, Phase phase, string module, Exception inner)
    : Exception($"{module} failed in the {phase} phase of pipeline '{pipeline}': {inner.Message}", inner);
