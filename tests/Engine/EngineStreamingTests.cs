using System.Collections.Concurrent;
using Guidance.Engine;

namespace Guidance.Tests.Engine;

/// <summary>
/// A streaming engine renders and writes each document in one pass, so a large site's pages are never all in memory:
/// the result keeps the documents without their content, in their order, and errors still stop the build.
/// </summary>
public sealed class EngineStreamingTests
{
    private static Pipeline Pages(int count, ConcurrentQueue<string> written, Func<Document, Document>? render = null)
    {
        var pipeline = new Pipeline("pages");
        pipeline.InputModules.Add(new Lambda((docs, _) => [.. docs, .. Enumerable.Range(0, count).Select(i => EngineHarness.Doc($"p{i}.md", $"page {i}"))]));
        pipeline.PostProcessModules.Add(new PerDocument((d, _) => [render?.Invoke(d) ?? d with { Content = "<p>" + d.Content + "</p>" }]));
        pipeline.OutputModules.Add(new PerDocument((d, _) =>
        {
            written.Enqueue(d.Source + "=" + d.Content);
            return [d];
        }));
        return pipeline;
    }

    private static EngineResult Run(bool streaming, params Pipeline[] pipelines)
    {
        var engine = new Guidance.Engine.Engine(new EngineServices(EngineHarness.FileSystem())) { Streaming = streaming };
        engine.Pipelines.AddRange(pipelines);
        return engine.Execute();
    }

    [Fact]
    public void Every_page_is_written_rendered_and_the_result_keeps_the_pages_in_order_without_their_content()
    {
        var written = new ConcurrentQueue<string>();

        var result = Run(streaming: true, Pages(50, written));

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"p{i}.md=<p>page {i}</p>").Order(), written.Order());
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"p{i}.md"), result.Outputs["pages"].Select(d => d.Source));
        Assert.All(result.Outputs["pages"], d => Assert.Equal("", d.Content));
    }

    [Fact]
    public void Without_streaming_the_result_keeps_the_content()
    {
        var result = Run(streaming: false, Pages(3, new ConcurrentQueue<string>()));

        Assert.Equal(["<p>page 0</p>", "<p>page 1</p>", "<p>page 2</p>"], result.Outputs["pages"].Select(d => d.Content));
    }

    [Fact]
    public void A_page_that_fails_to_render_is_reported_with_its_location_and_fails_the_build()
    {
        var pages = Pages(5, new ConcurrentQueue<string>(), d => d.Source == "p3.md"
            ? throw new ContentException(new SourceLocation("p3.md", 7), "bad page")
            : d);

        var e = Assert.Throws<BuildFailedException>(() => Run(streaming: true, pages));

        Assert.Equal("p3.md:7: bad page", Assert.Single(e.Errors).ToString());
    }

    [Fact]
    public void A_pipeline_whose_post_process_needs_every_document_at_once_runs_its_phases_one_after_the_other()
    {
        var written = new ConcurrentQueue<string>();
        var pages = Pages(4, written);
        var counted = 0;
        pages.PostProcessModules.Add(new Lambda((docs, _) => { counted = docs.Count; return docs; }));

        var result = Run(streaming: true, pages);

        Assert.Equal(4, counted);
        Assert.Equal(4, written.Count);
        Assert.All(result.Outputs["pages"], d => Assert.Equal("", d.Content));
    }
}

/// <summary>The preview server's order: the page an editor saved is written first, then the pages that list it, then the rest.</summary>
public sealed class RenderPriorityTests
{
    [Fact]
    public void Higher_priorities_are_started_and_written_before_the_others_across_pipelines()
    {
        var started = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var written = new System.Collections.Concurrent.ConcurrentQueue<string>();
        Pipeline Pages(string name)
        {
            var pipeline = new Pipeline(name);
            pipeline.InputModules.Add(new Lambda((docs, _) => [.. docs, .. Enumerable.Range(0, 20).Select(i => EngineHarness.Doc($"{name}{i}.md"))]));
            pipeline.PostProcessModules.Add(new PerDocument((d, _) => { started.Enqueue(d.Source!); return [d]; }));
            pipeline.OutputModules.Add(new PerDocument((d, _) => { written.Enqueue(d.Source!); return [d]; }));
            return pipeline;
        }
        var engine = new Guidance.Engine.Engine(new EngineServices(EngineHarness.FileSystem()))
        {
            Streaming = true,
            Rerun = new Rerun(RenderPriority: (d, _) => d.Source switch { "b7.md" => 2, "a3.md" or "b12.md" => 1, _ => 0 }),
        };
        engine.Pipelines.AddRange([Pages("a"), Pages("b")]);

        engine.Execute();

        var order = written.ToList();
        Assert.Equal(40, order.Count);
        // Taken highest first, as many at once as there are cores, so which of them starts or ends first is up to the threads.
        Assert.Equal(["a3.md", "b12.md", "b7.md"], started.Take(3).Order());
        Assert.Equal(["a3.md", "b12.md", "b7.md"], order[..3].Order());
    }
}
