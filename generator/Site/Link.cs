namespace Guidance.Site;

/// <summary>A link to a page, as templates show it.</summary>
public sealed record Link(string Title, string Url)
{
    public static Link To(Engine.Document page) => new(page.Title(), page.PageUrl());
}
