using System.Text.Json;
using Guidance.Cli;
using Guidance.Modules.Search;
using Guidance.Site;
using Guidance.Tests.Support;

namespace Guidance.Tests.Modules;

/// <summary>The search index step around Pagefind: its pin, and what a build says when Node or npm is missing.</summary>
public sealed class PagefindTests
{
    private const string NoNode = "guidance-test-no-such-node", NoNpm = "guidance-test-no-such-npm";

    [Fact]
    public void The_theme_pins_pagefind_1_6_0_in_package_json_and_its_lock_file()
    {
        Assert.Equal("1.6.0", new Pagefind(Repo.Theme).PinnedVersion());
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Theme, "package-lock.json")));
        var locked = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/pagefind");
        Assert.Equal("1.6.0", locked.GetProperty("version").GetString());
    }

    [Fact]
    public void A_missing_pagefind_is_installed_with_npm_ci_from_the_committed_lock_file()
    {
        using var folder = new Engine.TempFolder();
        File.Copy(Path.Combine(Repo.Theme, "package.json"), folder.PathOf("package.json"));
        File.Copy(Path.Combine(Repo.Theme, "package-lock.json"), folder.PathOf("package-lock.json"));
        var pagefind = new Pagefind(folder.Root);

        Assert.NotNull(pagefind.EnsureInstalled()); // npm ci ran, and refuses a lock file out of step with package.json
        Assert.True(File.Exists(folder.PathOf("node_modules/pagefind/package.json")));
        Assert.Null(pagefind.EnsureInstalled()); // installed at the pinned version: nothing to do
    }

    [Fact]
    public void Without_npm_a_build_that_must_install_pagefind_fails_naming_what_to_install()
    {
        using var site = new TempSite(); // its theme has no node_modules, so Pagefind must be installed first
        var (code, stderr) = Build(site, new Pagefind(site.Theme, node: NoNode, npm: NoNpm));
        Assert.Equal(GuidanceCommand.ContentErrors, code);
        Assert.Contains($"'{NoNpm}' was not found on the PATH: install Node.js 20 with npm (on Debian: apt-get install -y nodejs npm)", stderr);
        Assert.Contains("build with --no-search", stderr);
        Assert.DoesNotContain("   at ", stderr); // a message, not a stack trace
        Assert.False(Directory.Exists(site.Output), "nothing may be published");
    }

    [Fact]
    public void Without_node_a_build_fails_before_publishing_and_names_what_to_install()
    {
        using var site = new TempSite().WithSearch();
        var (code, stderr) = Build(site, new Pagefind(site.Theme, node: NoNode, npm: NoNpm));
        Assert.Equal(GuidanceCommand.ContentErrors, code);
        Assert.Contains($"the search index needs Node.js to run Pagefind, and '{NoNode}' was not found on the PATH", stderr);
        Assert.Contains("apt-get install -y nodejs npm", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(site.Output), "nothing may be published");
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.staging-*"));
    }

    [Fact]
    public void Check_never_runs_the_search_index()
    {
        using var site = new TempSite();
        var report = SiteBuild.Run(site.Paths, BuildMode.Check, search: new Pagefind(site.Theme, node: NoNode, npm: NoNpm));
        Assert.Null(report.Search);
        Assert.False(Directory.Exists(Path.Combine(site.Theme, "node_modules")));
    }

    private static (int Code, string Stderr) Build(TempSite site, Pagefind search)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = GuidanceCommand.Report(() => SiteBuild.Run(site.Paths, BuildMode.Staged, search: search), "built", stdout, stderr);
        return (code, stderr.ToString());
    }
}
