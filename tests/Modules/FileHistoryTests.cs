using Guidance.Modules.IO;
using Guidance.Tests.Support;

namespace Guidance.Tests.Modules;

public sealed class FileHistoryTests
{
    [Fact]
    public void In_one_walk_each_file_gets_its_last_commit_and_an_unknown_file_its_modification_time()
    {
        using var site = new TempSite();
        Git.InitAndCommit(site.Root, DateTimeOffset.Parse("2024-03-05T10:00:00+01:00"));
        site.Write("input/themes/tillid.da.md", "changed");
        Git.CommitAll(site.Root, DateTimeOffset.Parse("2024-06-01T09:30:00+02:00"), "change");
        var untracked = site.Write("input/themes/æble.da.md", "new");
        File.SetLastWriteTimeUtc(untracked, new DateTime(2023, 2, 1, 0, 0, 0, DateTimeKind.Utc));

        var history = FileHistory.Read(site.Input);

        Assert.Equal(DateTimeOffset.Parse("2024-06-01T09:30:00+02:00"), history.LastChanged(Path.Combine(site.Input, "themes", "tillid.da.md")));
        Assert.Equal(DateTimeOffset.Parse("2024-03-05T10:00:00+01:00"), history.LastChanged(Path.Combine(site.Input, "themes", "tillid.en.md")));
        Assert.Equal(new DateTimeOffset(2023, 2, 1, 0, 0, 0, TimeSpan.Zero), history.LastChanged(untracked));
        Assert.Equal(Directory.GetFiles(site.Input, "*", SearchOption.AllDirectories).Length - 1, history.CommittedFiles);
    }

    [Fact]
    public void Outside_a_repository_every_file_uses_its_modification_time()
    {
        using var site = new TempSite();
        var history = FileHistory.Read(site.Input);
        Assert.Equal(0, history.CommittedFiles);
        Assert.Equal(new DateTimeOffset(TempSite.InputFileTime), history.LastChanged(Path.Combine(site.Input, "glossary.yml")));
    }
}

public sealed class FileHistoryRevisionTests
{
    [Fact]
    public void Each_file_lists_its_commits_newest_first_with_the_trailers_of_their_messages()
    {
        using var site = new TempSite();
        Git.InitAndCommit(site.Root, DateTimeOffset.Parse("2024-03-05T10:00:00+01:00"));
        site.Edit("input/themes/tillid.da.md", text => text + "\nMere tekst.\n");
        Git.CommitAll(site.Root, DateTimeOffset.Parse("2024-06-01T09:30:00+02:00"), "Fix a typo\n\nTranslation-Impact: none\nChangelog: none");

        var history = FileHistory.Read(site.Input);

        var revisions = history.RevisionsOf(Path.Combine(site.Input, "themes", "tillid.da.md"));
        Assert.Equal([DateTimeOffset.Parse("2024-06-01T09:30:00+02:00"), DateTimeOffset.Parse("2024-03-05T10:00:00+01:00")], revisions.Select(r => r.Date));
        Assert.True(revisions[0].Has("translation-impact", "None"));
        Assert.True(revisions[0].Has("Changelog", "none"));
        Assert.Empty(revisions[1].Trailers);
        Assert.Single(history.RevisionsOf(Path.Combine(site.Input, "themes", "tillid.en.md")));
        Assert.Empty(history.RevisionsOf(Path.Combine(site.Input, "themes", "not-there.da.md")));
    }
}
