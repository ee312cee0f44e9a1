using Guidance.Engine;

namespace Guidance.Site.Live;

/// <summary>
/// The site model from one of the live site's builds to the next: updated for an edit that changed only the contents
/// of some pages (<see cref="SiteModel.Updated"/>), made from all pages otherwise: checking every page again stands
/// between an editor's save and the pages listing it (bench/RESULTS.md has the figure).
/// </summary>
internal sealed class CarriedModel(GuidanceSite site)
{
    private SiteModel? _last;

    public SiteModel Of(IReadOnlyList<Document> pages, BuildContext context) =>
        _last = (_last is null ? null : SiteModel.Updated(_last, pages, context, MissingIds.Later(site, pages))) ?? SiteModel.Of(site, pages, context);
}
