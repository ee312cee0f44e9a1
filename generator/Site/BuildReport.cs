using Guidance.Engine;
using Guidance.Modules.Offline;
using Guidance.Modules.Search;

namespace Guidance.Site;

/// <summary>What a build did, for the command line to print.</summary>
/// <param name="Search">The search index step, when it ran: its share of <paramref name="Elapsed"/> is printed separately.</param>
/// <param name="Timings">Every module's time and the late steps', for <c>--timings</c>.</param>
/// <param name="Offline">The service workers' step, which runs with the search index: its share of <paramref name="Elapsed"/>.</param>
/// <param name="Cms">The browser editor's step, when the build made <c>/admin/</c>.</param>
/// <param name="Unchanged">Nothing the output depends on changed since the build that made it (<see cref="BuildRecord"/>): nothing was done.</param>
/// <param name="Readability">Every content page's LIX scores, for <c>check --readability</c>.</param>
public sealed record BuildReport(IReadOnlyDictionary<string, int> PagesPerLanguage, int FilesWritten, TimeSpan Elapsed, IReadOnlyList<ContentError> Warnings,
    SearchIndexReport? Search = null, IReadOnlyList<StepTiming>? Timings = null, OfflineReport? Offline = null,
    IReadOnlyList<Pipelines.ReadabilityScore>? Readability = null, Cms.CmsReport? Cms = null, bool Unchanged = false);
