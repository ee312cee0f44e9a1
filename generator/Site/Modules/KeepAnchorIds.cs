using Guidance.Engine;
using Guidance.Site.Pipelines;

namespace Guidance.Site.Modules;

/// <summary>
/// Keeps the ids of a rendered page that a link's anchor waits for (<see cref="CheckLinks.InRenderedPages"/>), right
/// after it is rendered: a streamed build lets go of the page once it is written.
/// </summary>
public sealed class KeepAnchorIds : DocumentModule
{
    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        yield return AnchorTargets(context).Contains(input.Destination ?? "") ? input.With(CheckLinks.RenderedIdsKey, CheckLinks.IdsIn(input.Content)) : input;
    }

    /// <summary>
    /// The pages whose ids a late anchor check needs, worked out once per run (the link check's result identifies the run)
    /// and swapped whole, as pages render on many threads.
    /// </summary>
    private sealed record AnchorTargetsOfRun(IReadOnlyList<Document> Checked, IReadOnlySet<string> Targets);

    private AnchorTargetsOfRun? _anchorTargets;

    private IReadOnlySet<string> AnchorTargets(BuildContext context)
    {
        var check = context.OutputsOf(LinkCheckPipeline.Name);
        if (_anchorTargets is { } known && ReferenceEquals(known.Checked, check)) return known.Targets;
        var targets = CheckLinks.PendingTargets(context);
        _anchorTargets = new AnchorTargetsOfRun(check, targets);
        return targets;
    }
}
