using Guidance.Engine;

namespace Guidance.Site.Modules;

/// <summary>
/// Leaves pages with <c>draft: true</c> out of a build (remembering their ids in <see cref="GuidanceSite.Drafts"/>);
/// the preview server, which shows drafts, keeps them.
/// </summary>
public sealed class LeaveOutDrafts(GuidanceSite site) : DocumentModule
{
    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        if (site.ShowDrafts || !Drafts.Is(input)) return [input];
        site.Drafts.Leave(input);
        return [];
    }
}
