using Guidance.Tests.Support;

namespace Guidance.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public void An_unknown_theme_stops_the_build_with_file_line_and_a_suggestion()
    {
        using var site = new TempSite();
        site.Edit("input/findings/study-a/heard.da.md", text => text.Replace("themes: [hoert]", "themes: [hort]"));
        var result = site.Run("build");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/findings/study-a/heard.da.md:5: unknown theme 'hort' (did you mean 'hoert'?)", result.ErrorLines);
    }

    [Fact]
    public void Check_reports_every_problem_at_once_and_writes_nothing()
    {
        using var site = new TempSite();
        site.Edit("input/findings/study-a/heard.da.md", text => text.Replace("perspective: family", "perspective: famly"));
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("study: study-a", "study: study-x"));
        site.Edit("input/themes/tillid.en.md", text => text.Replace("summary:", "sumary:"));
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/findings/study-a/heard.da.md:6: 'famly' is not a valid perspective (did you mean 'family'?)", result.ErrorLines);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("input/findings/study-a/heard.en.md:4: unknown study 'study-x'", StringComparison.Ordinal));
        Assert.Contains("input/themes/tillid.en.md:4: unknown front matter key 'sumary' for a theme (did you mean 'summary'?)", result.ErrorLines);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Check_on_valid_content_succeeds_without_writing_output()
    {
        using var site = new TempSite();
        var result = site.Run("check");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("checked", result.Stdout);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_as_it_was()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Run("build").ExitCode);
        var before = FolderSnapshot.Of(site.Output);
        site.Edit("input/guidance/listen-first.en.md", text => text.Replace("xref:heard", "xref:hearrd"));
        var result = site.Run("build");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("xref to unknown id 'hearrd' (did you mean 'heard'?)"));
        Assert.Equal(before, FolderSnapshot.Of(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.staging-*"));
    }

    [Fact]
    public void A_missing_translation_is_an_error_naming_the_id_and_language()
    {
        using var site = new TempSite();
        File.Delete(Path.Combine(site.Input, "themes", "netvaerk.en.md"));
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/themes/netvaerk.da.md:2: missing translation: 'netvaerk' has no 'en' version", result.ErrorLines);
    }

    [Fact]
    public void Timings_name_each_phase_and_the_modules_that_took_longest()
    {
        using var site = new TempSite();
        // Enough long findings that parsing and rendering them outweigh every fixed cost, as on a real site;
        // with the fixture's six pages the slowest steps would be a toss-up of sub-millisecond times.
        var paragraph = string.Concat(Enumerable.Repeat("Forældre bliver inddraget, når de bliver *hørt* og får [tid](xref:trust-grows). ", 40));
        foreach (var n in Enumerable.Range(1, 120))
            foreach (var language in new[] { "da", "en" })
                site.Write($"input/findings/study-a/heard-{n}.{language}.md", site.Read($"input/findings/study-a/heard.{language}.md")
                    .Replace("id: heard", $"id: heard-{n}") + string.Concat(Enumerable.Repeat($"\n\n## Afsnit\n\n{paragraph}\n\n- punkt\n- punkt", 10)));
        var result = site.Run("check", "--timings");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n').Where(l => l.StartsWith("timings:", StringComparison.Ordinal)).ToList();
        foreach (var phase in new[] { "Input", "Process", "PostProcess", "Finish" })
            Assert.Contains(lines, l => l.StartsWith($"timings: {phase}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("findings: ParseMarkdown"));
        Assert.Contains(lines, l => l.Contains("findings: RenderPage"));
        Assert.Contains(lines, l => l.Contains("anchors in rendered pages"));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish")]
    public void Usage_errors_exit_with_code_2(params string[] args)
    {
        var stderr = new StringWriter();
        var code = Guidance.Cli.GuidanceCommand.Run(args, new StringWriter(), stderr);
        Assert.Equal(2, code);
        Assert.Contains("guidance:", stderr.ToString());
    }

    [Fact]
    public async Task Serve_with_the_editor_but_without_Node_is_refused_with_what_to_leave_out()
    {
        using var site = new TempSite(); // runs with --no-search
        // Were it not refused, serve would start and never return: waited for, not hung on.
        var free = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        free.Start();
        var port = ((System.Net.IPEndPoint)free.LocalEndpoint).Port;
        free.Stop();
        var run = Task.Run(() => site.Run("serve", "--edit", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var limit = Task.Delay(TimeSpan.FromMinutes(2));
        Assert.True(await Task.WhenAny(run, limit) == run, "'serve --edit --no-search' did not stop: it started serving instead of refusing");
        var result = await run;
        Assert.Equal(Guidance.Cli.GuidanceCommand.UsageError, result.ExitCode);
        Assert.Contains("guidance: --edit needs the editor, which the build installs with Node as it does the search index; leave out --no-search", result.ErrorLines);
        Assert.False(Directory.Exists(site.Output));
    }
}
