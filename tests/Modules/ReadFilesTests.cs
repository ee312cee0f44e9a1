using System.Text;
using Guidance.Engine;
using Guidance.Modules.IO;
using Guidance.Tests.Engine;

namespace Guidance.Tests.Modules;

public sealed class ReadFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ReadFiles_makes_one_document_per_file_in_path_order_with_its_relative_path()
    {
        _temp.Write("input/pages/b.md", "bee");
        _temp.Write("input/pages/a.md", "ay");
        _temp.Write("input/pages/skip.txt", "no");
        var fileSystem = EngineHarness.FileSystem(_temp.PathOf("input"));

        var run = EngineHarness.Run(fileSystem, [], new ReadFiles("pages", true, ".md"));

        Assert.Equal(["ay", "bee"], run.Documents.Select(d => d.Content));
        Assert.Equal(["pages/a.md", "pages/b.md"], run.Documents.Select(d => d.GetString(ReadFiles.RelativePathKey)));
        Assert.All(run.Documents, d => Assert.EndsWith(d.GetString(ReadFiles.RelativePathKey)!, d.Source));
    }

    [Fact]
    public void ReadFiles_reports_a_file_that_is_not_UTF8_and_still_reads_the_others()
    {
        _temp.Write("input/pages/good.md", "fine");
        _temp.WriteBytes("input/pages/bad.md", [0x61, 0x0A, 0xFF, 0xFE]);
        var fileSystem = EngineHarness.FileSystem(_temp.PathOf("input"));
        IReadOnlyList<Document>? read = null;

        var run = EngineHarness.Run(fileSystem, [], new ReadFiles("pages", true, ".md"), new Lambda((docs, _) => read = docs));

        var error = Assert.Single(run.Errors);
        Assert.EndsWith("pages/bad.md", error.Location.File);
        Assert.Contains("not UTF-8", error.Message);
        Assert.Equal(["fine"], read!.Select(d => d.Content));
    }

    [Fact]
    public void ReadText_drops_the_byte_order_mark_and_turns_CRLF_and_lone_CR_into_LF()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("one\r\ntwo\rthree\n")).ToArray();
        var path = _temp.WriteBytes("t.md", bytes);

        Assert.Equal("one\ntwo\nthree\n", ReadFiles.ReadText(new InputFile("t.md", path, "t.md")));
    }

    [Fact]
    public void ReadText_refuses_a_file_over_the_size_limit()
    {
        var path = _temp.PathOf("huge.md");
        using (var stream = File.Create(path)) stream.SetLength(ReadFiles.MaxFileBytes + 1);

        var e = Assert.Throws<ContentException>(() => ReadFiles.ReadText(new InputFile("huge.md", path, "input/huge.md")));

        Assert.Equal(new SourceLocation("input/huge.md", 1), e.Error.Location);
        Assert.Contains("refused", e.Message);
    }
}
