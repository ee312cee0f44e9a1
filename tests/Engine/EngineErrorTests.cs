using Guidance.Engine;

namespace Guidance.Tests.Engine;

public sealed class EngineErrorTests
{
    private static Guidance.Engine.Engine NewEngine(params Pipeline[] pipelines)
    {
        var engine = new Guidance.Engine.Engine(new EngineServices(EngineHarness.FileSystem()));
        engine.Pipelines.AddRange(pipelines);
        return engine;
    }

    private static IModule Reporting(params ContentError[] errors) => new Lambda((docs, context) =>
    {
        foreach (var e in errors) context.Report(e);
        return docs;
    });

    [Fact]
    public void All_errors_of_a_phase_are_thrown_together_sorted_by_file_then_line()
    {
        var one = new Pipeline("one");
        one.ProcessModules.Add(Reporting(
            new(new("b.md", 2), "b two"),
            new(new("a.md", 10), "a ten")));
        var two = new Pipeline("two");
        two.ProcessModules.Add(Reporting(
            new(new("b.md", 1), "b one"),
            new(new("a.md", 9), "a nine"),
            new(new("a.md", 3), "a three", Severity.Warning)));

        var e = Assert.Throws<BuildFailedException>(() => NewEngine(one, two).Execute());

        // Line 10 after line 9: numbers, not text, order the lines. The warning is not one of the errors.
        Assert.Equal(["a.md:9: a nine", "a.md:10: a ten", "b.md:1: b one", "b.md:2: b two"], e.Errors.Select(x => x.ToString()));
        Assert.Equal("The build failed with 4 error(s).", e.Message);
    }

    [Fact]
    public void The_same_error_reported_twice_is_listed_once()
    {
        var p = new Pipeline("p");
        p.ProcessModules.Add(Reporting(new(new("a.md", 1), "dup"), new(new("a.md", 1), "dup")));

        var e = Assert.Throws<BuildFailedException>(() => NewEngine(p).Execute());

        Assert.Single(e.Errors);
    }

    [Fact]
    public void A_phase_that_reported_errors_stops_the_later_phases()
    {
        var ran = new List<Phase>();
        var p = new Pipeline("p");
        p.InputModules.Add(new Lambda((docs, _) => { ran.Add(Phase.Input); return docs; }));
        p.ProcessModules.Add(new Lambda((docs, _) => throw new ContentException(new("a.md", 1), "broken")));
        p.ProcessModules.Add(new Lambda((docs, _) => { ran.Add(Phase.Process); return docs; }));
        p.PostProcessModules.Add(new Lambda((docs, _) => { ran.Add(Phase.PostProcess); return docs; }));
        p.OutputModules.Add(new Lambda((docs, _) => { ran.Add(Phase.Output); return docs; }));

        var e = Assert.Throws<BuildFailedException>(() => NewEngine(p).Execute());

        Assert.Equal("a.md:1: broken", Assert.Single(e.Errors).ToString());
        Assert.Equal([Phase.Input], ran);
    }

    [Fact]
    public void An_error_in_one_pipeline_still_lets_the_other_pipelines_finish_the_same_phase_and_report_their_errors()
    {
        var p = new Pipeline("p");
        p.ProcessModules.Add(new Lambda((docs, _) => throw new ContentException(new("p.md", 1), "p failed")));
        var q = new Pipeline("q");
        q.ProcessModules.Add(Reporting(new ContentError(new("q.md", 4), "q failed")));

        var e = Assert.Throws<BuildFailedException>(() => NewEngine(p, q).Execute());

        Assert.Equal(["p.md:1: p failed", "q.md:4: q failed"], e.Errors.Select(x => x.ToString()));
    }

    [Fact]
    public void An_unexpected_exception_becomes_ModuleFailedException_naming_pipeline_phase_and_module()
    {
        var p = new Pipeline("articles");
        p.PostProcessModules.Add(new ExplodingModule());

        var e = Assert.Throws<ModuleFailedException>(() => NewEngine(p).Execute());

        Assert.Contains("ExplodingModule", e.Message);
        Assert.Contains("PostProcess", e.Message);
        Assert.Contains("'articles'", e.Message);
        Assert.Contains("kaboom", e.Message);
        Assert.IsType<ArithmeticException>(e.InnerException);
    }

    [Fact]
    public void An_unexpected_exception_inside_a_DocumentModule_is_a_ModuleFailedException_with_the_original_message()
    {
        var p = new Pipeline("articles");
        p.InputModules.Add(new Lambda((docs, _) => [EngineHarness.Doc("a.md"), EngineHarness.Doc("b.md")]));
        p.ProcessModules.Add(new PerDocument((d, _) => d.Source == "b.md" ? throw new FormatException("bad number") : [d]));

        var e = Assert.Throws<ModuleFailedException>(() => NewEngine(p).Execute());

        Assert.Contains("PerDocument", e.Message);
        Assert.Contains("Process", e.Message);
        Assert.Contains("bad number", e.Message);
    }

    [Fact]
    public void Warnings_do_not_fail_the_build_and_come_back_in_the_result()
    {
        var p = new Pipeline("p");
        p.InputModules.Add(new Lambda((docs, _) => [EngineHarness.Doc("a.md")]));
        p.ProcessModules.Add(new Lambda((docs, context) =>
        {
            context.Report(new SourceLocation("a.md", 3), "looks odd", Severity.Warning);
            return docs;
        }));

        var result = NewEngine(p).Execute();

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("a.md:3: warning: looks odd", warning.ToString());
        Assert.Equal("a.md", Assert.Single(result.Outputs["p"]).Source);
    }

    [Fact]
    public void A_cancelled_build_stops_with_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        var laterModuleRan = false;
        var p = new Pipeline("p");
        p.InputModules.Add(new Lambda((docs, _) => { cts.Cancel(); return docs; }));
        p.ProcessModules.Add(new Lambda((docs, _) => { laterModuleRan = true; return docs; }));

        Assert.ThrowsAny<OperationCanceledException>(() => NewEngine(p).Execute(cts.Token));
        Assert.False(laterModuleRan);
    }

    private sealed class ExplodingModule : IModule
    {
        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
            throw new ArithmeticException("kaboom");
    }
}
