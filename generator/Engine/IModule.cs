using System.Runtime.CompilerServices;

namespace Guidance.Engine;

/// <summary>One step of a pipeline: takes the documents of the step before, returns new ones.</summary>
public interface IModule
{
    IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context);
}

/// <summary>
/// A module that handles each document on its own. It runs in parallel unless a subclass says otherwise;
/// output order follows input order, so builds are deterministic.
/// A <see cref="ContentException"/> is recorded against its document and the others go on,
/// so an editor sees every problem in one run.
/// </summary>
public abstract class DocumentModule : IModule
{
    protected virtual bool RunsInParallel => true;

    protected abstract IEnumerable<Document> ExecuteDocument(Document input, BuildContext context);

    /// <summary>
    /// Whether a document's results depend on nothing but the document, for as long as this module lives (the settings,
    /// layouts and folder metadata it reads stay fixed for it). Documents are immutable, so the module then remembers its
    /// results and reports by the document's identity, and an unchanged document in a later run of the same engine (the
    /// preview server's rebuild after an edit) is not handled again. Only an engine that runs again remembers (<see cref="BuildContext.Rerun"/>).
    /// </summary>
    protected virtual bool DependsOnlyOnItsDocument => false;

    private readonly ConditionalWeakTable<Document, Remembered> _remembered = new();

    private sealed record Remembered(IReadOnlyList<Document> Results, IReadOnlyList<ContentError> Reports);

    /// <summary>Whether the engine may run this module on one document at a time, in parallel with others (streaming).</summary>
    internal bool CanStream => RunsInParallel;

    private IReadOnlyList<Document> Handle(Document input, BuildContext context)
    {
        if (!DependsOnlyOnItsDocument || context.Rerun is null)
        {
            try { return ExecuteDocument(input, context).ToList(); }
            catch (ContentException e) { context.Report(e.Error); return []; }
        }
        if (_remembered.TryGetValue(input, out var remembered))
        {
            if (remembered.Reports.Count > 0) foreach (var report in remembered.Reports) context.Report(report);
            return remembered.Results;
        }
        var reports = new List<ContentError>();
        var capturing = context.CapturingReports(reports);
        IReadOnlyList<Document> results;
        try { results = ExecuteDocument(input, capturing).ToList(); }
        catch (ContentException e) { capturing.Report(e.Error); results = []; }
        _remembered.AddOrUpdate(input, new Remembered(results, reports));
        return results;
    }

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) => ExecuteAll([.. inputs], context);

    /// <summary>
    /// As <see cref="Execute"/>, clearing each slot of <paramref name="inputs"/> as its document is taken: where the caller
    /// holds no other reference (the engine), a document this module replaces can be collected while the others are
    /// still being handled, instead of every version of every page being held until the module is done.
    /// </summary>
    internal IReadOnlyList<Document> ExecuteAll(Document?[] inputs, BuildContext context) => ExecuteChain([this], inputs, context, ticks: null);

    /// <summary>
    /// Runs <paramref name="chain"/> (modules that all run in parallel) as one pass: each document goes through every module of
    /// the chain before the next document is taken, so that what a module makes and the next replaces (the text of a file
    /// as read, its body before it is parsed) dies young, one document at a time, where a pass per module held every
    /// document's until the module was done, long enough for the collector to copy it into its older generations. The
    /// results are as each module's own pass would make them: each module handles each document once, in any order, and
    /// the output keeps the order of the input. <paramref name="ticks"/> gets each module's time, summed over threads.
    /// </summary>
    internal static IReadOnlyList<Document> ExecuteChain(IReadOnlyList<DocumentModule> chain, Document?[] inputs, BuildContext context, long[]? ticks)
    {
        var results = new IReadOnlyList<Document>[inputs.Length];
        var steps = chain.Select(module => (module, context)).ToArray();
        void Run(int i)
        {
            var input = inputs[i]!;
            inputs[i] = null;
            results[i] = chain.Count == 1 ? chain[0].Handle(input, context) : HandleSteps(steps, input, ticks!);
        }
        if (chain.All(m => m.RunsInParallel) && inputs.Length > 1)
        {
            try { Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, Run); }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // Report the module's own failure, not "One or more errors occurred".
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
        }
        else
            for (var i = 0; i < inputs.Length; i++) Run(i);
        var all = new List<Document>(results.Sum(r => r.Count));
        foreach (var result in results) all.AddRange(result);
        return all;
    }

    /// <summary>
    /// One document through <paramref name="steps"/>, each a module with the context it runs in (the engine's streaming
    /// goes on from post-process into output), every document a step makes through the next; a content error is
    /// reported against its document, as in a module's own pass. <paramref name="ticks"/> gets each step's time, summed
    /// over threads.
    /// </summary>
    internal static IReadOnlyList<Document> HandleSteps(IReadOnlyList<(DocumentModule Module, BuildContext Context)> steps, Document input, long[] ticks)
    {
        IReadOnlyList<Document> current = [input];
        for (var step = 0; step < steps.Count && current.Count > 0; step++)
        {
            var (module, context) = steps[step];
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                if (current.Count == 1) current = module.Handle(current[0], context);
                else
                {
                    var next = new List<Document>(current.Count);
                    foreach (var document in current) next.AddRange(module.Handle(document, context));
                    current = next;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException and not ModuleFailedException)
            {
                throw new ModuleFailedException(context.Pipeline.Name, context.Phase, module.GetType().Name, e);
            }
            Interlocked.Add(ref ticks[step], System.Diagnostics.Stopwatch.GetTimestamp() - started);
        }
        return current;
    }
}
