using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AngleSharp.Html.Parser;
using Guidance.Cli;
using Guidance.Tests.Support;

namespace Guidance.Tests.Reliability;

/// <summary>The preview server listens on 127.0.0.1 only, never serves a file outside the output, sends the CSP and keeps up under load.</summary>
public sealed class PreviewServerTests(PreviewServerTests.Started started) : IClassFixture<PreviewServerTests.Started>
{
    /// <summary>One fixture site served for all the tests of this class.</summary>
    public sealed class Started : IAsyncLifetime
    {
        public TempSite Site { get; } = new();
        public PreviewServer? Server { get; private set; }

        public async Task InitializeAsync()
        {
            // A secret the server must never hand out: beside the output folder.
            Site.Write("secret.txt", "SECRET-BESIDE-OUTPUT");
            Server = await PreviewServer.StartAsync(Site.Paths, 0, new LineWriter(), new LineWriter());
        }

        public async Task DisposeAsync()
        {
            if (Server is not null) await Server.DisposeAsync();
            Site.Dispose();
        }
    }

    private PreviewServer Server => started.Server ?? throw new InvalidOperationException("the server did not start");

    [Fact]
    public void It_listens_on_the_loopback_address_only()
    {
        Assert.Equal("127.0.0.1", Server.Address.Host);
        Assert.NotEqual(0, Server.Address.Port);
    }

    [Theory]
    [InlineData("/..%2f..%2fetc/passwd")]
    [InlineData("/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/../statiq.json")]
    [InlineData("/../../statiq.json")]
    [InlineData("/%2e%2e/statiq.json")]
    [InlineData("/..%2fstatiq.json")]
    [InlineData("/..%5cstatiq.json")]
    [InlineData("/%2e%2e%5csecret.txt")]
    [InlineData("/../secret.txt")]
    [InlineData("/..%252fsecret.txt")]
    [InlineData("/%c0%ae%c0%ae/secret.txt")]
    [InlineData("/en/../../secret.txt")]
    [InlineData("/en/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/../input/themes/tillid.en.md")]
    [InlineData("/%2e%2e/theme/layouts/base.html")]
    public async Task A_path_that_tries_to_leave_the_output_folder_gets_404(string path)
    {
        var (status, body) = await RawGet(path);

        Assert.Equal(404, status);
        Assert.DoesNotContain("root:", body);
        Assert.DoesNotContain("SECRET-BESIDE-OUTPUT", body);
        Assert.DoesNotContain("BaseUrl", body);
        Assert.DoesNotContain("Content-Security-Policy\" content", body);
    }

    [Theory]
    [InlineData("/en/themes/tillid/", "<h1>Trust</h1>")]
    [InlineData("/en/./themes/%74illid/", "<h1>Trust</h1>")]
    [InlineData("/assets/site.css", "")]
    public async Task The_same_raw_requests_reach_files_inside_the_output(string path, string expected)
    {
        var (status, body) = await RawGet(path);

        Assert.Equal(200, status);
        Assert.Contains(expected, body);
    }

    [Fact]
    public async Task A_page_is_sent_with_the_same_Content_Security_Policy_header_as_its_meta_tag()
    {
        using var http = new HttpClient { BaseAddress = Server.Address };

        var response = await http.GetAsync("/en/themes/tillid/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var header = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var meta = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync())
            .QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
        Assert.Equal(meta, header);
        Assert.Equal(PreviewServer.ContentSecurityPolicy, header);
    }

    [Fact]
    public async Task A_thousand_requests_over_fifty_connections_are_all_answered_200_in_bounded_time()
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 50 }) { BaseAddress = Server.Address, Timeout = TimeSpan.FromSeconds(30) };
        string[] paths = ["/", "/en/", "/da/", "/en/themes/tillid/", "/da/findings/heard/", "/en/glossary/", "/assets/site.css", "/assets/site.js"];
        var next = -1;
        var statuses = new HttpStatusCode[1000];
        var clock = Stopwatch.StartNew();

        var workers = Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < statuses.Length)
            {
                using var response = await http.GetAsync(paths[i % paths.Length]);
                await response.Content.LoadIntoBufferAsync();
                statuses[i] = response.StatusCode;
            }
        }));
        await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"1,000 requests took {clock.Elapsed}");
    }

    /// <summary>A page fetched through a name that points at 127.0.0.1 (DNS rebinding) is refused: only the loopback names, with the server's port.</summary>
    [Theory]
    [InlineData("evil.example:{0}")]
    [InlineData("evil.example")]
    [InlineData("127.0.0.1.evil.example:{0}")]
    [InlineData("localhost:1")]
    public async Task A_request_for_another_host_name_is_refused(string host)
    {
        var (status, body) = await RawGet("/en/", string.Format(host, Server.Address.Port));

        Assert.True(status is 400 or 403, $"{host}: {status}");
        Assert.DoesNotContain("<html", body);
        foreach (var loopback in new[] { "localhost", "127.0.0.1", "[::1]" })
            Assert.Equal(200, (await RawGet("/en/", $"{loopback}:{Server.Address.Port}")).Status);
    }

    /// <summary>
    /// Sends the request line exactly as written: HttpClient would resolve "/../" and re-encode the path
    /// before sending, which would hide what a hostile client can send.
    /// </summary>
    private async Task<(int Status, string Body)> RawGet(string path, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Server.Address.Port);
        await using var stream = client.GetStream();
        var request = $"GET {path} HTTP/1.1\r\nHost: {host ?? $"127.0.0.1:{Server.Address.Port}"}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var statusLine = response.Split("\r\n")[0];
        var parts = statusLine.Split(' ');
        Assert.True(parts.Length >= 2 && int.TryParse(parts[1], out _), $"not an HTTP response to {path}: {statusLine}");
        return (int.Parse(parts[1]), response);
    }
}
