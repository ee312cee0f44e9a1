namespace Guidance.Site.Pipelines;

public sealed record GlossaryTerm(string Id, string Term, string Definition, IReadOnlyList<string> Forms);
