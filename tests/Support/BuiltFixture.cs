using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Guidance.Tests.Support;

/// <summary>The fixture site built once for every test in the "built fixture" collection.</summary>
public sealed class BuiltFixture : IDisposable
{
    public TempSite Site { get; } = new();
    public CliResult Build { get; }

    public BuiltFixture()
    {
        Build = Site.Run("build");
        if (Build.ExitCode != 0) throw new InvalidOperationException("The fixture did not build:\n" + Build);
    }

    public string Output => Site.Output;

    /// <summary>The text of an output file by its URL path ("/en/findings/heard/").</summary>
    public string Html(string urlPath) => File.ReadAllText(FileOf(urlPath));

    public IHtmlDocument Document(string urlPath) => new HtmlParser().ParseDocument(Html(urlPath));

    public string FileOf(string urlPath)
    {
        var relative = urlPath.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        return Path.Combine(Output, relative.Replace('/', Path.DirectorySeparatorChar));
    }

    public IEnumerable<string> HtmlFiles => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public string UrlOf(string file) => "/" + Path.GetRelativePath(Output, file).Replace(Path.DirectorySeparatorChar, '/').Replace("index.html", "");

    public void Dispose() => Site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BuiltFixtureCollection : ICollectionFixture<BuiltFixture>
{
    public const string Name = "built fixture";
}
