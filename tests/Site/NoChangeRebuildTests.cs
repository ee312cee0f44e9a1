using System.Text.RegularExpressions;
using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>
/// A build with nothing changed since the last one leaves the output as it is: it writes no file and prints the
/// warnings the last build printed. Anything the output depends on that changed (an input or theme file, the settings,
/// an option, the output itself, git's HEAD, the day) makes the next build a full one.
/// </summary>
public sealed class NoChangeRebuildTests : IDisposable
{
    private const string Finding = "input/findings/study-a/heard.da.md";
    private const string Unchanged = "guidance: nothing changed since the last build, so its 48 pages (24 da, 24 en) stay as they are: 0 files written";

    private readonly TempSite _site = new();

    public NoChangeRebuildTests() =>
        // An overdue review: a warning every build prints, and one that depends on the day.
        _site.Edit(Finding, text => text.Replace("\n---\n\n", "\nreviewed: 2020-02-01\nreview_interval: 12\n---\n\n"));

    public void Dispose() => _site.Dispose();

    private CliResult Build(params string[] extra)
    {
        var build = _site.Run("build", extra);
        Assert.True(build.ExitCode == 0, build.ToString());
        return build;
    }

    private static void AssertFull(CliResult build)
    {
        Assert.DoesNotContain("nothing changed", build.Stdout);
        Assert.Matches(new Regex(@"guidance: built 48 pages \(24 da, 24 en\), [1-9]\d* files written"), build.Stdout);
    }

    /// <summary>Every file below the site's root but the input's, with its modification time.</summary>
    private Dictionary<string, DateTime> Times() =>
        Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(_site.Input + Path.DirectorySeparatorChar, StringComparison.Ordinal) || f.EndsWith("published-urls.txt", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(_site.Root, f), File.GetLastWriteTimeUtc);

    [Fact]
    public void A_second_build_with_nothing_changed_writes_no_file_and_prints_the_same_warnings()
    {
        var first = Build();
        Assert.Contains(first.ErrorLines, l => l.StartsWith($"{Finding}:17: warning: the review of 'heard' was due on 2021-02-01", StringComparison.Ordinal));
        var before = Times();

        var second = Build();

        Assert.Contains(Unchanged, second.Stdout);
        Assert.Equal(first.ErrorLines, second.ErrorLines);
        Assert.Equal(before, Times());
        Assert.False(Directory.Exists(Path.Combine(_site.Root, ".output.previous")), "nothing was swapped, so no output was replaced");
    }

    public static TheoryData<string> Changes() => ["an input file", "an input file edited to the same size, its time set back", "a theme file",
        "the settings", "an option", "a deleted output file", "an output file edited to the same size, its time set back",
        "a file added to the output"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_change_to_anything_the_output_depends_on_makes_the_next_build_a_full_one(string change)
    {
        Build();
        Assert.Contains(Unchanged, Build().Stdout);
        var about = Path.Combine(_site.Output, "en", "about", "index.html");
        string[] options = [];
        switch (change)
        {
            case "an input file": _site.Edit("input/pages/about.en.md", text => text + "\nOne more sentence.\n"); break;
            case "an input file edited to the same size, its time set back":
                var page = Path.Combine(_site.Root, "input/pages/about.en.md");
                var (size, time) = (new FileInfo(page).Length, File.GetLastWriteTimeUtc(page));
                _site.Edit("input/pages/about.en.md", text => text.Replace("About", "Abuot"));
                File.SetLastWriteTimeUtc(page, time);
                Assert.Equal(size, new FileInfo(page).Length);
                break;
            case "a theme file": _site.Edit("theme/layouts/base.html", text => text.Replace("</body>", "<!-- changed --></body>")); break;
            case "the settings": _site.Edit("statiq.json", text => text.Replace("\"Fixture\"", "\"Fixture, renamed\"")); break;
            case "an option": options = ["--no-pdf"]; break;
            case "a deleted output file": File.Delete(about); break;
            case "an output file edited to the same size, its time set back":
                var (bytes, written) = (File.ReadAllText(about), File.GetLastWriteTimeUtc(about));
                File.WriteAllText(about, bytes.Replace("About", "Abuot"));
                File.SetLastWriteTimeUtc(about, written);
                break;
            case "a file added to the output": File.WriteAllText(Path.Combine(_site.Output, "en", "about", "notes.txt"), "kept by hand"); break;
        }

        var next = Build(options);

        AssertFull(next);
        Assert.True(File.Exists(about));
        if (change.Contains("output", StringComparison.Ordinal)) // the hand-made change is gone: the output is the build's again
        {
            Assert.DoesNotContain("Abuot", File.ReadAllText(about), StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(_site.Output, "en", "about", "notes.txt")));
        }
        Assert.Contains(next.ErrorLines, l => l.Contains("the review of 'heard' was due", StringComparison.Ordinal));
        Assert.Contains(Unchanged, Build(options).Stdout); // and the build after that has nothing to do again
    }

    [Fact]
    public void A_new_commit_makes_the_next_build_a_full_one_even_when_no_file_changed()
    {
        var day = new DateTimeOffset(2025, 2, 1, 12, 0, 0, TimeSpan.Zero);
        Git.InitAndCommit(_site.Root, day);
        Build();
        Assert.Contains(Unchanged, Build().Stdout);

        // A commit that changes no file still changes what git says about the pages (its trailers mark translations checked).
        Git.Run(_site.Root, day.AddDays(1), "commit", "-q", "--allow-empty", "-m", "Checked\n\nTranslation-Impact: none");

        AssertFull(Build());
    }

    [Fact]
    public void A_build_on_a_later_day_than_the_last_one_is_a_full_one()
    {
        Build();
        Assert.Contains(Unchanged, Build().Stdout);
        // The last build as if it had run yesterday: overdue reviews are counted from today's date.
        var record = Path.Combine(_site.Root, ".output.build-record", "record.json");
        var recorded = Regex.Match(File.ReadAllText(record), "\"date\":\"(\\d{4}-\\d\\d-\\d\\d)\"");
        Assert.True(recorded.Success, "the record names the day of the build");
        var dayBefore = DateOnly.ParseExact(recorded.Groups[1].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(record, File.ReadAllText(record).Replace(recorded.Value, $"\"date\":\"{dayBefore}\""));

        AssertFull(Build());
    }
}
