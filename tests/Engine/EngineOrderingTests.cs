using System.Collections.Concurrent;
using Guidance.Engine;

namespace Guidance.Tests.Engine;

public sealed class EngineOrderingTests
{
    private static Guidance.Engine.Engine NewEngine(params Pipeline[] pipelines)
    {
        var engine = new Guidance.Engine.Engine(new EngineServices(EngineHarness.FileSystem()));
        engine.Pipelines.AddRange(pipelines);
        return engine;
    }

    private static Pipeline PipelineOf(string name, params string[] dependencies)
    {
        var pipeline = new Pipeline(name);
        foreach (var d in dependencies) pipeline.Dependencies.Add(d);
        return pipeline;
    }

    /// <summary>A pipeline whose input phase makes one document and whose process phase marks it processed.</summary>
    private static Pipeline Producer(string name, params string[] dependencies)
    {
        var pipeline = PipelineOf(name, dependencies);
        pipeline.InputModules.Add(new Lambda((docs, _) => [.. docs, EngineHarness.Doc(name + ".md", name)]));
        pipeline.ProcessModules.Add(new PerDocument((d, _) => [d.With("Processed", true)]));
        return pipeline;
    }

    [Fact]
    public void Process_phase_of_a_pipeline_sees_its_dependencys_processed_documents_whatever_the_declared_order()
    {
        IReadOnlyList<Document>? seen = null;
        var reader = PipelineOf("reader", "source");
        reader.ProcessModules.Add(new Lambda((docs, context) => { seen = context.OutputsOf("source"); return docs; }));

        // The dependent pipeline is declared first: the engine must still run "source" before it.
        NewEngine(reader, Producer("source")).Execute();

        var document = Assert.Single(seen!);
        Assert.Equal("source.md", document.Source);
        Assert.Equal(true, document["Processed"]);
    }

    [Fact]
    public void Ordering_puts_every_dependency_before_the_pipelines_that_depend_on_it()
    {
        var pipelines = new[] { PipelineOf("c", "b"), PipelineOf("b", "a"), PipelineOf("d"), PipelineOf("a") };

        var order = Guidance.Engine.Engine.OrderByDependencies(pipelines).Select(p => p.Name).ToList();

        Assert.Equal(4, order.Count);
        Assert.True(order.IndexOf("a") < order.IndexOf("b"), string.Join(",", order));
        Assert.True(order.IndexOf("b") < order.IndexOf("c"), string.Join(",", order));
        Assert.Contains("d", order);
    }

    [Fact]
    public void A_dependency_cycle_is_an_InvalidOperationException_naming_the_pipelines_of_the_cycle()
    {
        var engine = NewEngine(PipelineOf("alpha", "beta"), PipelineOf("beta", "alpha"));

        var e = Assert.Throws<InvalidOperationException>(() => engine.Execute());

        Assert.Contains("cycle", e.Message);
        Assert.Contains("alpha -> beta -> alpha", e.Message);
    }

    [Fact]
    public void A_pipeline_depending_on_itself_is_reported_as_a_cycle()
    {
        var e = Assert.Throws<InvalidOperationException>(() => NewEngine(PipelineOf("solo", "solo")).Execute());

        Assert.Contains("solo -> solo", e.Message);
    }

    [Fact]
    public void An_unknown_dependency_is_an_InvalidOperationException_naming_both_pipelines()
    {
        var engine = NewEngine(PipelineOf("pages", "missing"));

        var e = Assert.Throws<InvalidOperationException>(() => engine.Execute());

        Assert.Equal("Pipeline 'pages' depends on 'missing', which does not exist.", e.Message);
    }

    [Fact]
    public void Two_pipelines_with_the_same_name_differing_only_in_case_are_refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => NewEngine(PipelineOf("Pages"), PipelineOf("pages")).Execute());

        Assert.Contains("pages", e.Message);
    }

    [Fact]
    public void Every_pipelines_process_phase_finishes_before_any_pipelines_post_process_phase_starts()
    {
        var events = new ConcurrentQueue<string>();
        var fastProcessDone = new ManualResetEventSlim();
        IModule Record(string pipeline, Phase phase, Action? inside = null) => new Lambda((docs, _) =>
        {
            events.Enqueue($"{phase}:start:{pipeline}");
            inside?.Invoke();
            events.Enqueue($"{phase}:end:{pipeline}");
            return docs;
        });

        var fast = PipelineOf("fast");
        var slow = PipelineOf("slow");
        var dependent = PipelineOf("dependent", "slow");
        foreach (var p in new[] { fast, slow, dependent })
            foreach (var phase in Enum.GetValues<Phase>())
                if (!(p == fast && phase == Phase.Process) && !(p == slow && phase == Phase.Process))
                    p.ModulesOf(phase).Add(Record(p.Name, phase));
        fast.ProcessModules.Add(Record("fast", Phase.Process, fastProcessDone.Set));
        // "slow" only finishes its process phase once "fast" has finished its own, so an engine that let
        // "fast" run on into post-process would record that before "slow" and "dependent" finish processing.
        slow.ProcessModules.Add(Record("slow", Phase.Process, () => Assert.True(fastProcessDone.Wait(TimeSpan.FromSeconds(10)))));

        NewEngine(dependent, fast, slow).Execute();

        var list = events.ToList();
        Assert.Equal(3 * 4 * 2, list.Count);
        var phases = Enum.GetValues<Phase>();
        for (var i = 0; i + 1 < phases.Length; i++)
        {
            var lastOfPhase = list.FindLastIndex(e => e.StartsWith(phases[i] + ":", StringComparison.Ordinal));
            var firstOfNext = list.FindIndex(e => e.StartsWith(phases[i + 1] + ":", StringComparison.Ordinal));
            Assert.True(lastOfPhase < firstOfNext, $"{phases[i + 1]} started before {phases[i]} ended:\n" + string.Join("\n", list));
        }
        Assert.True(list.IndexOf("Process:end:slow") < list.IndexOf("Process:start:dependent"), string.Join("\n", list));
    }

    [Fact]
    public void Post_process_modules_see_the_processed_outputs_of_every_pipeline_without_depending_on_them()
    {
        IReadOnlyList<Document>? seenFromOther = null;
        var other = Producer("other");
        other.PostProcessModules.Add(new PerDocument((d, _) => [d.With("PostProcessed", true)]));
        var reader = Producer("reader");
        reader.PostProcessModules.Add(new Lambda((docs, context) => { seenFromOther = context.OutputsOf("other"); return docs; }));

        var result = NewEngine(reader, other).Execute();

        var document = Assert.Single(seenFromOther!);
        Assert.Equal("other.md", document.Source);
        Assert.Equal(true, document["Processed"]);
        // What post-process sees is the state after the process phase, not another pipeline's half-finished post-process.
        Assert.False(document.ContainsKey("PostProcessed"));
        Assert.Equal(true, result.Outputs["other"].Single()["PostProcessed"]);
    }

    [Fact]
    public void A_pipeline_marked_to_post_process_last_starts_once_every_other_pipeline_has_post_processed()
    {
        var log = new ConcurrentQueue<string>();
        Pipeline Logged(Pipeline pipeline)
        {
            pipeline.PostProcessModules.Add(new Lambda((docs, _) =>
            {
                log.Enqueue("start:" + pipeline.Name);
                // Long enough that a pipeline started at the same time would start before this one ends.
                Thread.SpinWait(20_000_000);
                log.Enqueue("end:" + pipeline.Name);
                return docs;
            }));
            return pipeline;
        }
        var list = Logged(Producer("list"));
        list.PostProcessLast = true;

        // Declared first, and depending on nothing: without the mark it would start with the others.
        NewEngine(list, Logged(Producer("pages")), Logged(Producer("more-pages"))).Execute();

        var order = log.ToList();
        Assert.True(order.IndexOf("start:list") > order.IndexOf("end:pages") && order.IndexOf("start:list") > order.IndexOf("end:more-pages"),
            string.Join("\n", order));
    }

    [Fact]
    public void AllOutputs_in_post_process_holds_the_documents_of_every_pipeline()
    {
        List<string?>? sources = null;
        var reader = Producer("reader");
        reader.PostProcessModules.Add(new Lambda((docs, context) => { sources = context.AllOutputs.Select(d => d.Source).Order().ToList(); return docs; }));

        NewEngine(reader, Producer("one"), Producer("two")).Execute();

        Assert.Equal(["one.md", "reader.md", "two.md"], sources!);
    }

    [Fact]
    public void A_process_module_reading_a_pipeline_it_does_not_depend_on_throws_naming_both_pipelines()
    {
        var reader = PipelineOf("reader");
        reader.ProcessModules.Add(new Lambda((docs, context) => context.OutputsOf("stranger")));

        var e = Assert.Throws<ModuleFailedException>(() => NewEngine(reader, Producer("stranger")).Execute());

        var inner = Assert.IsType<InvalidOperationException>(e.InnerException);
        Assert.Contains("'reader'", inner.Message);
        Assert.Contains("'stranger'", inner.Message);
    }

    [Fact]
    public void Output_phase_modules_receive_the_documents_the_post_process_phase_returned()
    {
        IReadOnlyList<Document>? atOutput = null;
        var pipeline = Producer("p");
        pipeline.PostProcessModules.Add(new PerDocument((d, _) => [d with { Content = "post-processed" }]));
        pipeline.OutputModules.Add(new Lambda((docs, _) => atOutput = docs));

        NewEngine(pipeline).Execute();

        Assert.Equal("post-processed", Assert.Single(atOutput!).Content);
    }
}
