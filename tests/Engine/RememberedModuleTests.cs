using Guidance.Engine;
using Guidance.Modules.IO;

namespace Guidance.Tests.Engine;

/// <summary>
/// Documents are immutable, so a module whose results depend only on its document can remember them for the life of
/// the engine; ReadFiles gives back the same document for a file that did not change. A second run of the same engine
/// (the preview server's rebuild) then handles only what changed.
/// </summary>
public sealed class RememberedModuleTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private sealed class CountingParse(Dictionary<string, int> calls) : DocumentModule
    {
        protected override bool DependsOnlyOnItsDocument => true;

        protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
        {
            lock (calls) calls[input.Source!] = calls.GetValueOrDefault(input.Source!) + 1;
            if (input.Content.Contains("bad")) context.Report(new SourceLocation(input.Source!, 2), "bad word", Severity.Warning);
            yield return input.With("Parsed", input.Content.Trim());
        }
    }

    private Guidance.Engine.Engine EngineWith(Dictionary<string, int> calls, bool runsAgain = true)
    {
        var pipeline = new Pipeline("pages");
        pipeline.InputModules.Add(new ReadFiles("pages", recursive: false, ".md"));
        pipeline.ProcessModules.Add(new CountingParse(calls));
        var engine = new Guidance.Engine.Engine(new EngineServices(EngineHarness.FileSystem(_folder.Root))) { Rerun = runsAgain ? new Rerun() : null };
        engine.Pipelines.Add(pipeline);
        return engine;
    }

    [Fact]
    public void A_second_run_handles_only_the_changed_file_and_repeats_the_unchanged_files_reports()
    {
        _folder.Write("pages/a.md", "alpha");
        _folder.Write("pages/b.md", "bad beta");
        var calls = new Dictionary<string, int>();
        var engine = EngineWith(calls);
        engine.Execute();

        File.WriteAllText(_folder.PathOf("pages/a.md"), "alpha, changed");
        var second = engine.Execute();

        Assert.Equal(2, calls.Single(c => c.Key.EndsWith("a.md")).Value);
        Assert.Equal(1, calls.Single(c => c.Key.EndsWith("b.md")).Value);
        Assert.Equal(["alpha, changed", "bad beta"], second.Outputs["pages"].Select(d => d.GetString("Parsed")));
        Assert.Equal("bad word", Assert.Single(second.Warnings).Message);
    }

    [Fact]
    public void A_new_engine_remembers_nothing()
    {
        _folder.Write("pages/a.md", "alpha");
        var calls = new Dictionary<string, int>();
        EngineWith(calls).Execute();
        EngineWith(calls).Execute();

        Assert.Equal(2, Assert.Single(calls).Value);
    }

    [Fact]
    public void An_engine_that_will_not_run_again_remembers_nothing()
    {
        _folder.Write("pages/a.md", "alpha");
        var calls = new Dictionary<string, int>();
        var engine = EngineWith(calls, runsAgain: false);
        engine.Execute();
        engine.Execute();

        Assert.Equal(2, Assert.Single(calls).Value);
    }

    private IReadOnlySet<string> Changed(params string[] paths) => paths.Select(_folder.PathOf).ToHashSet();

    private static string[] Parsed(EngineResult result) => [.. result.Outputs["pages"].Select(d => d.GetString("Parsed")!)];

    [Fact]
    public void Given_the_changed_files_a_run_reads_only_those_and_lists_the_folder_again_for_a_new_or_deleted_file()
    {
        _folder.Write("pages/a.md", "alpha");
        _folder.Write("pages/b.md", "beta");
        var engine = EngineWith([]);
        engine.Execute();

        // b.md changes too, but the watcher names only a.md: trusted, b.md is not even compared with what was read.
        File.WriteAllText(_folder.PathOf("pages/a.md"), "alpha, changed");
        File.WriteAllText(_folder.PathOf("pages/b.md"), "beta, changed");
        engine.Rerun = new Rerun(ChangedFiles: Changed("pages/a.md"));
        Assert.Equal(["alpha, changed", "beta"], Parsed(engine.Execute()));

        _folder.Write("pages/c.md", "gamma");
        engine.Rerun = new Rerun(ChangedFiles: Changed("pages/c.md"));
        Assert.Equal(["alpha, changed", "beta, changed", "gamma"], Parsed(engine.Execute()));

        File.Delete(_folder.PathOf("pages/a.md"));
        engine.Rerun = new Rerun(ChangedFiles: Changed("pages/a.md"));
        Assert.Equal(["beta, changed", "gamma"], Parsed(engine.Execute()));

        // Deleted and made again: listed again, although it was read before.
        _folder.Write("pages/a.md", "alpha again");
        engine.Rerun = new Rerun(ChangedFiles: Changed("pages/a.md"));
        Assert.Equal(["alpha again", "beta, changed", "gamma"], Parsed(engine.Execute()));
    }

    [Fact]
    public void A_file_that_could_not_be_read_is_read_again_on_the_next_run()
    {
        _folder.Write("pages/a.md", "alpha");
        File.WriteAllBytes(_folder.PathOf("pages/b.md"), [0xff, 0xfe, 0x00]);
        var engine = EngineWith([]);
        Assert.Throws<BuildFailedException>(() => engine.Execute());

        File.WriteAllText(_folder.PathOf("pages/b.md"), "beta");
        engine.Rerun = new Rerun(ChangedFiles: Changed("pages/a.md"));
        Assert.Equal(["alpha", "beta"], Parsed(engine.Execute()));
    }
}
