using System.Text.Json;
using Guidance.Tests.Support;

namespace Guidance.Tests.Browser;

/// <summary>What the build with search leaves in the output: one Pagefind index per language, timed separately.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchIndexTests(BrowserFixture fixture)
{
    [Fact]
    public void The_build_prints_pagefinds_share_of_the_build_time()
    {
        Assert.Matches(@"built \d+ pages \(\d+ da, \d+ en\), \d+ files written, in \d+ ms", fixture.Build.Stdout);
        Assert.Matches(@"search index \(Pagefind\): \d+ da, \d+ en pages, in \d+ ms of the build", fixture.Build.Stdout);
    }

    [Fact]
    public void Each_language_has_its_own_index_with_its_own_stemming_and_only_pages_with_content()
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Site.Output, "pagefind", "pagefind-entry.json")));
        var languages = entry.RootElement.GetProperty("languages");
        foreach (var lang in new[] { "da", "en" })
        {
            var index = languages.GetProperty(lang);
            Assert.Equal(lang, index.GetProperty("wasm").GetString()); // a language without a stemmer gets "unknown"
            // 3 findings, 3 themes, 2 studies, 1 recommendation, 1 info page, the glossary and 1 course; no lists, home,
            // search page or course handout.
            Assert.Equal(12, index.GetProperty("page_count").GetInt32());
        }
        Assert.Equal(2, languages.EnumerateObject().Count());
        Assert.True(File.Exists(Path.Combine(fixture.Site.Output, "pagefind", "pagefind.js")));
    }
}
