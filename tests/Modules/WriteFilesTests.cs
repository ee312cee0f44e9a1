using System.Text;
using Guidance.Engine;
using Guidance.Modules.IO;
using Guidance.Tests.Engine;

namespace Guidance.Tests.Modules;

public sealed class WriteFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string Output => _temp.PathOf("output");
    private FileSystem FileSystem => new([_temp.PathOf("input")], Output);

    public void Dispose() => _temp.Dispose();

    private HarnessRun Write(params Document[] documents) => EngineHarness.Run(FileSystem, documents, new WriteFiles());

    private static Document Page(string destination, string content) =>
        new() { Source = "input/page.md", Destination = destination, Content = content };

    [Fact]
    public void Documents_are_written_below_the_output_folder_at_their_destination()
    {
        var run = Write(Page("en/about/index.html", "<p>æ</p>"), new Document { Source = "no-destination.md", Content = "x" });

        Assert.True(run.Succeeded, string.Join("\n", run.Errors));
        Assert.Equal("<p>æ</p>", File.ReadAllText(Path.Combine(Output, "en", "about", "index.html"), Encoding.UTF8));
        Assert.Equal(["en/about/index.html"], Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')));
        Assert.Equal(2, run.Documents.Count);
    }

    [Fact]
    public void Written_text_is_UTF8_without_a_byte_order_mark()
    {
        Write(Page("a.html", "æ"));

        Assert.Equal(new byte[] { 0xC3, 0xA6 }, File.ReadAllBytes(Path.Combine(Output, "a.html")));
    }

    [Theory]
    [InlineData("../../x")]
    [InlineData("../output-sibling/x.html")]
    [InlineData("en/../../escape.html")]
    public void A_destination_that_escapes_the_output_folder_is_a_ContentException_and_nothing_is_written(string destination)
    {
        var run = Write(Page(destination, "evil"));

        var error = Assert.Single(run.Errors);
        Assert.Equal(new SourceLocation("input/page.md", 1), error.Location);
        Assert.Contains($"'{destination}'", error.Message);
        Assert.Contains("leaves the output folder", error.Message);
        Assert.Empty(Directory.EnumerateFiles(_temp.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void An_absolute_destination_is_refused()
    {
        var outside = _temp.PathOf("elsewhere/x.html");

        var e = Assert.Throws<ContentException>(() => WriteFiles.OutputPathOf(FileSystem, outside, Page(outside, "")));

        Assert.Contains("leaves the output folder", e.Message);
    }

    [Fact]
    public void A_file_whose_bytes_are_unchanged_is_not_rewritten()
    {
        var path = Path.Combine(Output, "a.html");
        Write(Page("a.html", "same"));
        var old = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);

        Write(Page("a.html", "same"));

        Assert.Equal(old, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_file_whose_bytes_changed_is_rewritten()
    {
        var path = Path.Combine(Output, "a.html");
        Write(Page("a.html", "before"));
        var old = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);

        Write(Page("a.html", "after!"));

        Assert.Equal("after!", File.ReadAllText(path));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void WriteIfChanged_says_whether_it_wrote()
    {
        var path = _temp.PathOf("out/deep/file.txt");

        Assert.True(FileSystem.WriteIfChanged(path, [1, 2, 3]));
        Assert.False(FileSystem.WriteIfChanged(path, [1, 2, 3]));
        Assert.True(FileSystem.WriteIfChanged(path, [1, 2, 4]));
        Assert.Equal(new byte[] { 1, 2, 4 }, File.ReadAllBytes(path));
    }

    [Fact]
    public void CopyFiles_and_WriteFiles_copy_static_files_from_the_merged_roots_byte_for_byte()
    {
        _temp.WriteBytes("theme/assets/css/site.css", [1, 2]);
        _temp.WriteBytes("theme/assets/logo.png", [9]);
        _temp.WriteBytes("input/assets/css/site.css", [3, 4, 5]);
        var fileSystem = new FileSystem([_temp.PathOf("theme"), _temp.PathOf("input")], Output);

        var run = EngineHarness.Run(fileSystem, [], new Guidance.Modules.IO.CopyFiles("assets", "static"), new WriteFiles());

        Assert.True(run.Succeeded, string.Join("\n", run.Errors));
        Assert.Equal(["static/css/site.css", "static/logo.png"], run.Documents.Select(d => d.Destination));
        Assert.Equal(new byte[] { 3, 4, 5 }, File.ReadAllBytes(Path.Combine(Output, "static", "css", "site.css")));
        Assert.Equal(new byte[] { 9 }, File.ReadAllBytes(Path.Combine(Output, "static", "logo.png")));
    }

    [Fact]
    public void Bytes_given_as_an_array_or_as_part_of_one_are_written_as_they_are_and_not_kept_once_written()
    {
        var buffer = "xx<urlset/>\nyy"u8.ToArray();
        var run = Write(
            new Document { Source = "(pdf)", Destination = "a.pdf" }.With(WriteFiles.BytesKey, new byte[] { 0x25, 0x50, 0x44, 0x46 }),
            new Document { Source = "(sitemap)", Destination = "sitemap.xml" }.With(WriteFiles.BytesKey, new ReadOnlyMemory<byte>(buffer, 2, buffer.Length - 4)));

        Assert.True(run.Succeeded, string.Join("\n", run.Errors));
        Assert.Equal("%PDF", File.ReadAllText(Path.Combine(Output, "a.pdf")));
        Assert.Equal("<urlset/>\n", File.ReadAllText(Path.Combine(Output, "sitemap.xml")));
        Assert.All(run.Documents, d => Assert.Null(d[WriteFiles.BytesKey]));
    }

    [Fact]
    public void A_large_page_written_into_an_empty_output_is_its_text_as_UTF8_without_one_array_of_all_its_bytes()
    {
        // Past the 256 KB pieces it is encoded in, with a letter of two UTF-16 units across the first piece's end.
        var text = new string('a', 256 * 1024 - 1) + "\U0001F600" + string.Concat(Enumerable.Repeat("<p>æøå</p>\n", 200_000));
        var fileSystem = new FileSystem([_temp.PathOf("input")], Output) { OutputStartsEmpty = true };
        var run = EngineHarness.Run(fileSystem, [Page("findings/index.html", text)], new WriteFiles());
        Assert.True(run.Succeeded, string.Join("\n", run.Errors));
        var expected = Encoding.UTF8.GetBytes(text);
        Assert.Equal(expected, File.ReadAllBytes(Path.Combine(Output, "findings", "index.html")));

        var path = Path.Combine(Output, "findings", "again.html");
        fileSystem.WriteNew(path, "warm-up");
        var before = GC.GetAllocatedBytesForCurrentThread();
        fileSystem.WriteNew(path, text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(expected, File.ReadAllBytes(path));
        Assert.True(allocated < expected.Length / 4, $"writing {expected.Length:N0} bytes allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_large_page_over_an_earlier_output_is_compared_and_written_without_an_array_of_its_size()
    {
        // As the preview server writes the findings index after an edit: over the last build's file, which holds the
        // same text, or text of the same length that differs only in its last piece.
        var text = new string('a', 256 * 1024 - 1) + "\U0001F600" + string.Concat(Enumerable.Repeat("<p>æøå</p>\n", 200_000));
        var changed = text[..^2] + "!\n"; // as many bytes: only reading the file to its end tells them apart
        var path = Path.Combine(Output, "findings", "index.html");
        Write(Page("findings/index.html", text));
        var old = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);
        var unchanged = DateTime.MinValue;
        long allocated = 0;
        // One document at a time runs on the module's own thread, where the allocations are counted.
        var writeTwice = new Lambda((_, context) =>
        {
            var writeFiles = new WriteFiles();
            writeFiles.Execute([Page("warm-up.html", "warm-up")], context);
            var before = GC.GetAllocatedBytesForCurrentThread();
            writeFiles.Execute([Page("findings/index.html", text)], context);
            unchanged = File.GetLastWriteTimeUtc(path);
            writeFiles.Execute([Page("findings/index.html", changed)], context);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            return [];
        });
        Assert.True(EngineHarness.Run(FileSystem, [], writeTwice).Succeeded);

        Assert.Equal(old, unchanged);
        Assert.Equal(Encoding.UTF8.GetBytes(changed), File.ReadAllBytes(path));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(path));
        Assert.True(allocated < text.Length / 4, $"comparing and writing {text.Length:N0} characters twice allocated {allocated:N0} bytes");
    }
}
