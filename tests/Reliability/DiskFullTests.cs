using Guidance.Site;
using Guidance.Tests.Support;

namespace Guidance.Tests.Reliability;

/// <summary>
/// A disk that fills up while a finished build is published, as the list of published paths is rewritten or as the
/// new output is moved into place, leaves the published site and <c>input/published-urls.txt</c> exactly as they were,
/// says so in plain words, and the next build, with space again, publishes. The full disk is made through
/// <see cref="PublishingDisk.FillUpAt"/>: the write stops half-way, as a real full disk stops it.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private const string Ledger = "input/" + Permalinks.FileName;
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData(PublishingStep.LedgerWrite)]
    [InlineData(PublishingStep.Swap)]
    public void A_disk_that_fills_up_while_publishing_leaves_the_old_site_and_an_intact_list_of_published_paths(PublishingStep step)
    {
        Assert.Equal(0, _site.Run("build").ExitCode);
        var site = FolderSnapshot.Of(_site.Output);
        var ledger = _site.Read(Ledger);
        // A new page: the build publishes one more path, so the list is rewritten, not left as it is.
        _site.Write("input/pages/contact.en.md", "---\nid: contact\ntitle: Contact\nsummary: Who to ask.\n---\n\nWrite to us.\n");
        _site.Write("input/pages/contact.da.md", "---\nid: contact\ntitle: Kontakt\nsummary: Hvem du kan spørge.\n---\n\nSkriv til os.\n");

        CliResult result;
        using (PublishingDisk.FillUpAt(step)) result = _site.Run("build");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(2, result.ErrorLines.Length);
        Assert.StartsWith("guidance: the disk is full (No space left on device : '", result.ErrorLines[0]);
        Assert.EndsWith($"'); the site and {Ledger} are as they were; free some space and build again", result.ErrorLines[0]);
        Assert.Equal("guidance: nothing was published", result.ErrorLines[1]);
        Assert.Equal(site, FolderSnapshot.Of(_site.Output));
        Assert.Equal(ledger, _site.Read(Ledger));
        Assert.Equal([Permalinks.FileName], Directory.GetFiles(_site.Input).Select(Path.GetFileName).Where(n => n!.StartsWith(Permalinks.FileName, StringComparison.Ordinal)));
        Assert.Empty(Directory.GetDirectories(_site.Root, "*.staging-*").Concat(Directory.GetDirectories(_site.Root, "output.old-*")));

        var next = _site.Run("build");

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Contains("/en/contact/\n", _site.Read(Ledger));
        Assert.True(File.Exists(Path.Combine(_site.Output, "en", "contact", "index.html")));
    }
}
