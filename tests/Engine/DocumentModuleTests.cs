using Guidance.Engine;

namespace Guidance.Tests.Engine;

public sealed class DocumentModuleTests
{
    private static IEnumerable<Document> Numbered(int count) =>
        Enumerable.Range(0, count).Select(i => EngineHarness.Doc($"doc{i:D3}.md", i.ToString()));

    [Fact]
    public void DocumentModule_runs_documents_at_the_same_time()
    {
        var inside = 0;
        var maxInside = 0;
        var twoInside = new ManualResetEventSlim();
        var module = new PerDocument((d, _) =>
        {
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref maxInside, now);
            if (now >= 2) twoInside.Set();
            // Hold this document until a second one is being worked on; a sequential module never gets there,
            // and then lets every later document through at once so that the test fails in seconds, not minutes.
            if (!twoInside.Wait(TimeSpan.FromSeconds(10))) twoInside.Set();
            Interlocked.Decrement(ref inside);
            return [d];
        });

        var run = EngineHarness.Run(Numbered(8), module);

        Assert.True(run.Succeeded);
        Assert.True(maxInside >= 2, $"at most {maxInside} document(s) were processed at once");
    }

    [Fact]
    public void DocumentModule_output_follows_input_order_even_when_documents_finish_out_of_order()
    {
        var lastStarted = new ManualResetEventSlim();
        var module = new PerDocument((d, _) =>
        {
            var i = int.Parse(d.Content);
            if (i == 63) lastStarted.Set();
            // The first document waits until the last one has started, so it cannot finish first
            // when documents run in parallel.
            if (i == 0) lastStarted.Wait(TimeSpan.FromSeconds(5));
            return [d, d with { Source = d.Source + ".copy" }];
        });

        var run = EngineHarness.Run(Numbered(64), module);

        var expected = Enumerable.Range(0, 64).SelectMany(i => new[] { $"doc{i:D3}.md", $"doc{i:D3}.md.copy" });
        Assert.Equal(expected, run.Documents.Select(d => d.Source));
    }

    [Fact]
    public void DocumentModule_can_drop_a_document_by_returning_nothing_for_it()
    {
        var module = new PerDocument((d, _) => int.Parse(d.Content) % 2 == 0 ? [d] : []);

        var run = EngineHarness.Run(Numbered(6), module);

        Assert.Equal(["doc000.md", "doc002.md", "doc004.md"], run.Documents.Select(d => d.Source));
    }

    [Fact]
    public void A_ContentException_in_one_document_is_reported_and_the_other_documents_go_on_through_the_phase()
    {
        var reachedNext = new List<string?>();
        var failing = new PerDocument((d, _) => d.Source == "doc001.md"
            ? throw new ContentException(new SourceLocation("doc001.md", 7), "bad value")
            : [d]);
        var next = new Lambda((docs, _) => { reachedNext.AddRange(docs.Select(d => d.Source)); return docs; });

        var run = EngineHarness.Run(Numbered(3), failing, next);

        Assert.Equal(["doc000.md", "doc002.md"], reachedNext);
        var error = Assert.Single(run.Errors);
        Assert.Equal(new SourceLocation("doc001.md", 7), error.Location);
        Assert.Equal("bad value", error.Message);
        Assert.Equal("doc001.md:7: bad value", error.ToString());
    }

    [Fact]
    public void A_ContentException_thrown_while_a_document_is_being_enumerated_is_caught_too()
    {
        static IEnumerable<Document> Lazy(Document d)
        {
            yield return d;
            throw new ContentException(new SourceLocation(d.Source!, 2), "late failure");
        }

        var run = EngineHarness.Run(Numbered(2), new PerDocument((d, _) => Lazy(d)));

        Assert.Equal(["doc000.md", "doc001.md"], run.Errors.Select(e => e.Location.File));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
