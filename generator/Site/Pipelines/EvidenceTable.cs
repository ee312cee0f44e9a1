namespace Guidance.Site.Pipelines;

/// <summary>One table of the evidence map (themes by study or by perspective), with each column's total and the findings mapped.</summary>
public sealed record EvidenceTable(IReadOnlyList<EvidenceColumn> Columns, IReadOnlyList<EvidenceRow> Rows, IReadOnlyList<int> Totals, int Total);
