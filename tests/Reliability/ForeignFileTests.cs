using System.Diagnostics;
using Guidance.Tests.Support;

namespace Guidance.Tests.Reliability;

/// <summary>
/// Nothing is published that is not the site's: a link under input/ or theme/ to a file outside them, a named pipe or a socket,
/// a dangling or looping link are each a located error; the build never reads them (a pipe would hang it).
/// </summary>
public sealed class ForeignFileTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private string At(string relative) => Path.Combine(_site.Root, relative);

    private void BuildFailsWith(string line)
    {
        var result = _site.Run("build");
        Assert.True(result.ExitCode == 1, result.ToString());
        BadInputTests.AssertNoStackTrace(result);
        Assert.Contains(line, result.ErrorLines);
    }

    [Fact]
    public void A_link_in_the_assets_to_a_file_outside_the_site_is_refused_and_its_bytes_are_not_published()
    {
        _site.Write("secret.env", "CI_TOKEN=do-not-publish");
        Directory.CreateDirectory(At("input/assets"));
        File.CreateSymbolicLink(At("input/assets/environ"), At("secret.env"));

        BuildFailsWith("input/assets/environ:1: links outside the input folder (to '" + At("secret.env") + "'); copy the file into the folder instead");

        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_link_in_the_theme_to_a_file_outside_it_is_refused()
    {
        _site.Write("secret.css", "body { content: 'private' }");
        File.CreateSymbolicLink(At("theme/assets/extra.css"), At("secret.css"));

        BuildFailsWith("theme/assets/extra.css:1: links outside the input folder (to '" + At("secret.css") + "'); copy the file into the folder instead");
    }

    [Fact]
    public void A_dangling_page_link_is_a_located_error()
    {
        File.CreateSymbolicLink(At("input/pages/gone.da.md"), "nowhere.da.md");

        BuildFailsWith("input/pages/gone.da.md:1: this file is a link to 'nowhere.da.md', which does not exist; remove the link or restore its file");
    }

    [Fact]
    public void A_looping_page_link_is_a_located_error()
    {
        File.CreateSymbolicLink(At("input/pages/a.da.md"), "b.da.md");
        File.CreateSymbolicLink(At("input/pages/b.da.md"), "a.da.md");

        BuildFailsWith("input/pages/a.da.md:1: this file is a link to 'b.da.md', which leads back to itself (a loop); remove the link");
    }

    [Fact]
    public void A_socket_among_the_pages_is_refused_without_being_read()
    {
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(At("input/pages/socket.da.md")));

        BuildFailsWith("input/pages/socket.da.md:1: this is a socket, not an ordinary file; guidance reads only ordinary files");
    }

    [Fact]
    public async Task A_named_pipe_among_the_pages_is_refused_without_being_read()
    {
        var pipe = At("input/pages/pipe.da.md");
        using (var mkfifo = Process.Start("mkfifo", [pipe])) await mkfifo.WaitForExitAsync();
        var build = Task.Run(() => _site.Run("build"));
        try
        {
            var result = await build.WaitAsync(Patience);
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("input/pages/pipe.da.md:1: this is a named pipe, not an ordinary file; guidance reads only ordinary files", result.ErrorLines);
        }
        finally
        {
            // A build that did open the pipe waits for a writer: be one, so that it ends.
            if (!build.IsCompleted) await using (File.OpenWrite(pipe)) { }
        }
    }
}
