using System.Diagnostics;
using Guidance.Engine;
using Guidance.Modules.IO;
using Guidance.Modules.Search;
using Guidance.Site.Pipelines;

namespace Guidance.Site.Live;

/// <summary>
/// The preview server's builds, in place in the output folder. After an edit to Markdown pages and nothing else, the
/// same engine runs again: files that did not change, and the parsing of them, are reused (<see cref="ReadFiles"/> and
/// the document modules that depend only on their document remember them); the edited pages and the pages that list
/// them are rendered and written first; then every other page is rendered again and written only where it changed, so
/// what is served ends up as a whole build would make it. Any other change (settings, layouts, UI strings, folder
/// metadata, data files) starts from a new engine. Everything is checked before the first page is written, so a
/// broken edit writes nothing and the last good site stays served.
/// </summary>
/// <param name="editor">Also make the browser editor at <c>/admin/</c>, saving through the preview server (<c>serve --edit</c>).</param>
public sealed class LiveSite(SitePaths paths, Pagefind? search, bool pdf = true, bool editor = false)
{
    private GuidanceSite? _site;
    private Engine.Engine? _engine;

    /// <param name="changed">
    /// Paths of the files changed since the last build, as the file watcher reported them: every changed file, for only
    /// those are read again (<see cref="Rerun.ChangedFiles"/>); empty for a first or a whole build.
    /// </param>
    /// <param name="changeSeen">When the watcher reported the first of them (<see cref="Rerun.ChangeSeen"/>), if known.</param>
    /// <param name="written">
    /// Told, after an edit, the output paths (<c>en/findings/x/index.html</c>) of the edited pages as soon as they are
    /// written, then of the pages listing them, while the rest of the build goes on (<see cref="Rerun.Written"/>); never
    /// before everything is checked.
    /// </param>
    public BuildReport Build(IReadOnlyCollection<string> changed, CancellationToken cancellationToken = default, long? changeSeen = null,
        Action<IReadOnlyList<string>>? written = null)
    {
        var clock = Stopwatch.StartNew();
        var timings = new Timings();
        if (changeSeen is { } seen)
            timings.Steps.Add(new StepTiming(Rerun.TimingStage, StepTiming.WholeStage, "build started, after the change was seen", Stopwatch.GetElapsedTime(seen)));
        try
        {
            var output = OutputFolder.Check(paths);
            var edited = changed.Select(EditedPage).ToList();
            if (_site is null || _engine is null || edited.Count == 0 || edited.Any(e => e is null))
            {
                _engine = null; // a failure below must not leave a half-made engine for the next edit
                Directory.CreateDirectory(output);
                if (!OutputFolder.IsMarked(output)) OutputFolder.Mark(output); // new or empty: Check refuses any other
                StaleOutput.RemoveLinks(output);
                _site = timings.Time("settings, strings, layouts", () => new GuidanceSite(paths, output, pdf) { ShowDrafts = true, HasNode = search is not null, EditsLocally = editor });
                _engine = _site.CreateEngine(write: true, streaming: true, new CarriedModel(_site).Of);
                edited = [];
            }
            _engine.Rerun = edited.Count == 0 ? new Rerun() : new Rerun(
                ChangedFiles: changed.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal),
                RenderPriority: EditedFirst(edited.OfType<string>().ToHashSet(StringComparer.Ordinal)), ChangeSeen: changeSeen,
                Written: written is null ? null : pages => written([.. pages.Select(p => p.Destination).OfType<string>()]));
            var (report, _) = SiteBuild.Execute(_site, _engine, writes: true, output, search, timings, clock, cancellationToken, editor);
            return report with { Elapsed = clock.Elapsed };
        }
        catch (ContentException e)
        {
            throw new BuildFailedException([e.Error]);
        }
    }

    /// <summary>The path below the input folder of a changed Markdown page, or null for any other change.</summary>
    private string? EditedPage(string fullPath)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(paths.Input), Path.GetFullPath(fullPath)).Replace(Path.DirectorySeparatorChar, '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative)
            || !relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            ? null
            : relative;
    }

    /// <summary>
    /// The edited pages first, then the pages that list or link to them: their study, their themes, the index of their
    /// kind, and every page whose text links to them. Found once in the site model, whose pages are the very documents
    /// the engine asks about, so each of the thousands of questions is one lookup.
    /// </summary>
    private static Func<Document, BuildContext, int> EditedFirst(IReadOnlySet<string> editedFiles)
    {
        Dictionary<Document, int>? priorities = null;
        return (page, context) =>
        {
            priorities ??= PrioritiesOf(editedFiles, ModelPipeline.ModelOf(context)); // the engine asks from one thread
            return priorities.GetValueOrDefault(page);
        };
    }

    private static Dictionary<Document, int> PrioritiesOf(IReadOnlySet<string> editedFiles, SiteModel model)
    {
        var priorities = new Dictionary<Document, int>(ReferenceEqualityComparer.Instance);
        var edited = model.Pages.Where(p => p.GetString(ReadFiles.RelativePathKey) is { } r && editedFiles.Contains(r)).ToList();
        foreach (var page in edited)
        {
            var facts = model.FactsOf(page);
            var listing = new[] { facts.Study }.Concat(facts.Themes).Append(model.Types.Of(facts.Kind)?.IndexKind).OfType<string>()
                .Select(id => model.Find(id, facts.Lang)).OfType<Document>()
                .Concat(model.Backlinks(facts.Id, facts.Lang));
            foreach (var other in listing) priorities.TryAdd(other, 1);
        }
        foreach (var page in edited) priorities[page] = 2;
        return priorities;
    }
}
