using Guidance.Engine;

namespace Guidance.Site.Live;

/// <summary>
/// The site model from one of the live site's builds to the next: updated for an edit that changed only the contents
/// of some pages (<see cref="SiteModel.Updated"/>), made from all pages otherwise. At 4,000 finding pages that is the
/// difference between some 50 ms and 8 ms of every rebuild (bench/RESULTS.md).
/// </summary>
internal sealed class CarriedModel(GuidanceSite site)
{
    private SiteModel? _last;

    public SiteModel Of(IReadOnlyList<Document> pages, BuildContext context) =>
        _last = (_last is null ? null : SiteModel.Updated(_last, pages, context)) ?? SiteModel.Of(site, pages, context);
}
