namespace Guidance.Site.Cms;

/// <summary>
/// <c>"Cms"</c> in statiq.json: where the browser editor at <c>/admin/</c> publishes. With it, every build with Node
/// (not <c>--no-search</c>) makes <c>/admin/</c>; <c>guidance serve --edit</c> makes it without it, for local editing.
/// </summary>
/// <param name="Repository">The GitHub repository, <c>owner/name</c>.</param>
/// <param name="Branch">The branch the site is published from; each entry's pull request goes to it.</param>
/// <param name="AuthUrl">
/// The address of the OAuth service that signs editors in with GitHub (Decap's <c>base_url</c>); null for Netlify's,
/// which serves only sites hosted on Netlify.
/// </param>
public sealed record CmsSettings(string Repository, string Branch = "main", string? AuthUrl = null);
