using AngleSharp.Html.Parser;
using Guidance.Cli;
using Guidance.Tests.Support;

namespace Guidance.Tests.Reliability;

/// <summary>
/// Every built page carries the Content-Security-Policy, and nothing on it needs an exception to that policy:
/// no inline script, no inline event handler, no inline style.
/// </summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class ContentSecurityPolicyTests(BuiltFixture fixture)
{
    [Fact]
    public void Every_page_of_the_fixture_carries_the_policy_and_nothing_inline()
    {
        Assert.Empty(Violations(fixture.Output));
        Assert.True(fixture.HtmlFiles.Count() > 20);
    }

    [Fact]
    public void Every_page_of_the_real_site_carries_the_policy_and_nothing_inline()
    {
        using var site = new TempSite(Repo.Root);
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.ToString());

        Assert.Empty(Violations(site.Output));
    }

    [Fact]
    public void The_policy_allows_scripts_and_styles_from_the_site_only()
    {
        var directives = PreviewServer.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);

        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.DoesNotContain("'unsafe-inline'", directives["script-src"]);
        Assert.DoesNotContain("'unsafe-eval'", directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.All(directives.Values.SelectMany(v => v), source => Assert.DoesNotContain("*", source));
    }

    [Fact]
    public void The_editor_has_a_policy_of_its_own_and_the_pages_get_none_of_its_exceptions()
    {
        var pages = Directives(PreviewServer.ContentSecurityPolicy);
        foreach (var local in new[] { true, false })
        {
            var editor = Directives(Guidance.Site.Cms.CmsAdmin.ContentSecurityPolicy(local));
            var extras = editor.SelectMany(d => d.Value.Except(pages.GetValueOrDefault(d.Key, pages["default-src"])).Select(source => (d.Key, source))).ToList();
            Assert.Contains(("script-src", "'unsafe-eval'"), extras); // what Decap needs, which no page may have
            foreach (var (directive, source) in extras)
                Assert.DoesNotContain(source, pages.GetValueOrDefault(directive, pages["default-src"]));
            Assert.Equal(pages["object-src"], editor["object-src"]);
            Assert.Equal(pages["base-uri"], editor["base-uri"]);
            Assert.Equal(pages["form-action"], editor["form-action"]);
        }
        Assert.DoesNotContain("https://api.github.com", Guidance.Site.Cms.CmsAdmin.ContentSecurityPolicy(local: true));
    }

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);

    /// <summary>Every way a page could break the policy, as "page: problem" lines; the editor's page (admin/) has its own, checked by the editor's tests.</summary>
    public static IReadOnlyList<string> Violations(string output)
    {
        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var page = Path.GetRelativePath(output, file);
            if (page.StartsWith(Guidance.Site.Cms.DecapConfig.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            var document = parser.ParseDocument(File.ReadAllText(file));
            var policies = document.QuerySelectorAll("meta[http-equiv='Content-Security-Policy']").Select(m => m.GetAttribute("content")).ToList();
            if (policies.Count != 1 || policies[0] != PreviewServer.ContentSecurityPolicy)
                problems.Add($"{page}: expected one Content-Security-Policy meta tag with the site's policy, found [{string.Join(" | ", policies)}]");
            else if (document.Head?.FirstElementChild?.GetAttribute("charset") is null || document.Head.Children.ElementAtOrDefault(1)?.GetAttribute("http-equiv") != "Content-Security-Policy")
                problems.Add($"{page}: the policy must come right after <meta charset>, before anything it governs");
            // A JSON-LD data block is not script: browsers never run it and the policy does not govern it.
            foreach (var script in document.QuerySelectorAll("script").Where(s => s.GetAttribute("type") != "application/ld+json"))
                if (script.GetAttribute("src") is null || script.TextContent.Trim().Length > 0)
                    problems.Add($"{page}: inline script {script.OuterHtml[..Math.Min(80, script.OuterHtml.Length)]}");
            foreach (var style in document.QuerySelectorAll("style"))
                problems.Add($"{page}: inline <style> element");
            foreach (var element in document.All)
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{page}: inline event handler {attribute.Name} on <{element.LocalName}>");
                    if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{page}: inline style attribute on <{element.LocalName}>");
                    if (attribute.Name is "href" or "src" or "action" or "formaction" && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{page}: javascript: URL in {attribute.Name} on <{element.LocalName}>");
                }
        }
        return problems;
    }
}
