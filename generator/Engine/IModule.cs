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

    /// <summary>Whether the engine may run this module on one document at a time, in parallel with others (streaming).</summary>
    internal bool CanStream => RunsInParallel;

    internal IEnumerable<Document> ExecuteOne(Document input, BuildContext context) => ExecuteDocument(input, context);

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var results = new IReadOnlyList<Document>[inputs.Count];
        void Run(int i)
        {
            try { results[i] = ExecuteDocument(inputs[i], context).ToList(); }
            catch (ContentException e) { context.Report(e.Error); results[i] = []; }
        }
        if (RunsInParallel && inputs.Count > 1)
        {
            try { Parallel.For(0, inputs.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, Run); }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // Report the module's own failure, not "One or more errors occurred".
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
        }
        else
            for (var i = 0; i < inputs.Count; i++) Run(i);
        return results.SelectMany(r => r).ToList();
    }
}
