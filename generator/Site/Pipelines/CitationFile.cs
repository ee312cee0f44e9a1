namespace Guidance.Site.Pipelines;

public sealed record CitationFile(string Label, string Url, string Extension, string MediaType);
