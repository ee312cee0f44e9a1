using Guidance.Engine;

namespace Guidance.Site;

/// <summary>A finding as it appears in lists: with its study, evidence label and perspective.</summary>
public sealed record FindingCard(string Id, string Title, string Url, string? Summary, Link Study, string Evidence, string EvidenceName,
    string Basis, string BasisName, string Perspective, string PerspectiveName, IReadOnlyList<Link> Themes)
{
    /// <summary>A finding's card made afresh; <see cref="FindingCards"/> keeps them, and is where pages and search data take them.</summary>
    public static FindingCard Of(Document finding, Document? study, IReadOnlyList<Link> themes, UiStrings strings)
    {
        var lang = finding.Lang_();
        var evidence = finding.GetString("evidence") ?? "";
        var perspective = finding.GetString("perspective") ?? "";
        var basis = finding.GetString("basis") ?? "";
        return new FindingCard(finding.Id_(), finding.Title_(), finding.Url_(), finding.Summary_(),
            study is null ? new Link("", "") : new Link(study.Title_(), study.Url_()),
            evidence, strings.Get(lang, "evidence." + evidence),
            basis, strings.Get(lang, "basis." + basis),
            perspective, strings.Get(lang, "perspective." + perspective),
            themes);
    }

    public static IReadOnlyList<Link> ThemeLinks(Document page, SiteModel model) =>
        page.GetList("themes").Select(t => model.Find(t, page.Lang_())).OfType<Document>().Select(RenderPage.LinkTo).ToList();

    /// <summary>Findings grouped under the pages they belong to (studies or themes), groups in title order.</summary>
    public static List<FindingGroup> Group(IReadOnlyList<Document> findings, Func<Document, IEnumerable<string>> groupIds, SiteModel model, FindingCards cards)
    {
        if (findings.Count == 0) return [];
        var lang = findings[0].Lang_();
        return findings
            .SelectMany(f => groupIds(f).Select(g => (GroupId: g, Finding: f)))
            .GroupBy(x => x.GroupId)
            .Select(g => (Page: model.Find(g.Key, lang), Items: g.Select(x => cards.Of(x.Finding, model)).ToList()))
            .Where(g => g.Page is not null)
            .OrderBy(g => g.Page!.Title_(), model.TitleOrder(lang))
            .Select(g => new FindingGroup(g.Page!.Id_(), g.Page!.Title_(), g.Page!.Url_(), g.Items))
            .ToList();
    }
}

/// <summary>Findings under a study or theme; <see cref="Id"/> is that page's id, which the section's anchor is made from.</summary>
public sealed record FindingGroup(string Id, string Title, string Url, IReadOnlyList<FindingCard> Items);
